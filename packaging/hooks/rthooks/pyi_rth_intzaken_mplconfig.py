# Run-time hook for matplotlib in the Intzaken bundle, in place of PyInstaller's
# pyi_rth_mplconfig.py (packaging/hooks/rthooks.dat). It deliberately leaves MPLCONFIGDIR
# alone: intzaken.__main__.main() sets it to a persistent per-user cache folder unless the
# user set it (intzaken/mpl_cache.py), the same from source and from the bundle.
