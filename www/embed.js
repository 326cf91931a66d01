// SME Innovation Explorer: include this on a course page that embeds the
// explorer (<script src="…/embed.js"></script>) and every explorer iframe on
// the page takes the height its view reports, so the page never shows a
// second scroll bar. Plain JavaScript, no dependencies, nothing sent.
(function () {
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'sme-explorer:resize' || typeof data.height !== 'number') return;
    var height = Math.max(120, Math.min(Math.round(data.height), 100000));
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
    }
  });
})();
