// tandem serve: keeps a served page current. One event stream per page
// (/__tandem/events); the page is refreshed after a build that changed it and
// shows build errors at its foot until they are fixed. Text from the build
// is put into the page as text, never as HTML.
(function () {
  "use strict";
  var KEY = "tandem-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(KEY);
  if (saved !== null) {
    sessionStorage.removeItem(KEY);
    window.scrollTo(0, Number(saved) || 0);
  }
  var generation = null;
  function show(errors) {
    var box = document.getElementById("tandem-errors");
    if (!errors) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("pre");
      box.id = "tandem-errors";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#fff4f4;color:#7a0000;border-top:4px solid #b00020;font:13px/1.4 monospace;white-space:pre-wrap;z-index:9999";
      document.body.appendChild(box);
    }
    box.textContent = "tandem: the last build has errors\n\n" + errors;
  }
  function mine(edition) {
    if (!edition) return true;
    var path = location.pathname;
    return path === "/" || path === "/index.html" ||
      path === "/" + edition.doc + "/" + edition.lang + ".html";
  }
  function reload() {
    sessionStorage.setItem(KEY, String(window.scrollY));
    location.reload();
  }
  // What differs between the shown page and the rebuilt one, as pairs of
  // [shown node, rebuilt node] to swap, looking `depth` levels into
  // elements of the same shape (body > main > row > cell); an element whose
  // own attributes or number of children changed is swapped as a whole.
  function changes(shown, fresh, depth) {
    if (shown.isEqualNode(fresh)) return [];
    var a = shown.childNodes, b = fresh.childNodes;
    if (shown.nodeType !== 1 || depth === 0 || a.length !== b.length || !sameAttributes(shown, fresh)) {
      return [[shown, fresh]];
    }
    var out = [];
    for (var i = 0; i < a.length; i++) {
      if (a[i].nodeName !== b[i].nodeName) return [[shown, fresh]];
      out = out.concat(changes(a[i], b[i], depth - 1));
    }
    return out;
  }
  function sameAttributes(x, y) {
    if (x.attributes.length !== y.attributes.length) return false;
    for (var i = 0; i < x.attributes.length; i++) {
      var at = x.attributes[i];
      if (y.getAttribute(at.name) !== at.value) return false;
    }
    return true;
  }
  // The page as rebuilt, put in place of the old one without reloading
  // (fonts, styles and scroll position stay). Only the elements that
  // changed are swapped, so the browser lays out only those again; a page
  // of another shape replaces the whole body. It is tandem's own page, as
  // served; its scripts are not run again. Falls back to a reload.
  function refresh() {
    fetch(location.href, { cache: "no-store" }).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      return r.text();
    }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, "text/html");
      if (!fresh.body) throw new Error("no body");
      // The page's language or direction changed (tandem.yaml): reload.
      if (!sameAttributes(document.documentElement, fresh.documentElement)) { reload(); return; }
      document.title = fresh.title;
      var swaps = changes(document.body, fresh.body, 4);
      if (swaps.length === 1 && swaps[0][0] === document.body) {
        var y = window.scrollY;
        document.body.replaceWith(document.adoptNode(fresh.body));
        window.scrollTo(0, y);
      } else {
        swaps.forEach(function (pair) { pair[0].replaceWith(document.adoptNode(pair[1])); });
      }
      document.dispatchEvent(new CustomEvent("tandem:refreshed"));
    }).catch(reload);
  }
  var source = new EventSource("/__tandem/events");
  source.addEventListener("hello", function (e) {
    var s = JSON.parse(e.data);
    // Reconnected after builds this page missed (or a restarted server).
    if (generation !== null && s.generation !== generation && !s.errors) { reload(); return; }
    generation = s.generation;
    show(s.errors);
  });
  // A changed stylesheet or font keeps its address, so the page is
  // reloaded after the next build (the server revalidates them by ETag);
  // other changes refresh the page in place.
  var restyle = false;
  source.addEventListener("changed", function (e) {
    var s = JSON.parse(e.data);
    if ((s.files || []).some(function (f) { return /^(layouts|fonts)\//.test(f); })) restyle = true;
  });
  source.addEventListener("build", function (e) {
    var s = JSON.parse(e.data);
    generation = s.generation;
    show(s.errors);
    if (s.errors || s.stage !== "html" || !mine(s.edition)) return;
    if (restyle && !s.edition) { restyle = false; reload(); }
    else refresh();
  });
})();
