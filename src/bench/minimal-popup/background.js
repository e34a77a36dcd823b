// A worker only so that the benchmark can call chrome.action.openPopup(), as it does for Fact Lens.
