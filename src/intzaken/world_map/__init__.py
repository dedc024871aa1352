"""The world map's geometry, without Qt and without the database: the country outlines
shipped in resources/map/ and the projection that puts a longitude and latitude on a
page. The window's map page (ui/world_map/) and the reports' map draw with the same."""
