// Imported first by the popup's entry: the e2e run reads this mark to tell the browser's share of
// opening the popup (up to here: view, process, page and script loading) from ours (from here to
// "popup-ready": our modules, the first render and its layout).
performance.mark('popup-script');
