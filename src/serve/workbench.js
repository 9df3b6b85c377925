// tandem's translation workbench: every German segment beside a field for
// its translation. The page's data is JSON from the server; every text of
// the project is put into the page with textContent or as a text node,
// never as HTML. Saving sends the edited segments with the digest of the
// translation file as loaded and the server's secret (a header).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("tandem-data").textContent);
  // The workbench's own texts, in German or English (the server chose by
  // the browser's languages); `{name}` in them is filled from `vars`.
  var UI = data.ui.lang;
  function T(key, vars) {
    return (data.ui.texts[key] || key).replace(/\{(\w+)\}/g, function (all, name) {
      return vars && Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : all;
    });
  }
  var secret = document.querySelector('meta[name="tandem-secret"]').content;
  var api = "/__tandem/api/" + encodeURIComponent(data.target.code) + "/" +
    data.doc.id.split("/").map(encodeURIComponent).join("/");
  var rows = {};      // id -> { seg, li, area, state, problems, label }
  var order = [];     // ids in document order
  var dirty = {};     // id -> true
  var signing = {};   // id -> true: to be signed off as checked on save
  var saving = false;
  var recheck = false;
  var conflict = false;

  // In the field, each placeable is wrapped in Unicode isolates (LRI … PDI)
  // so that `{ $date }` reads left to right inside right-to-left text; they
  // are removed again before saving.
  var LRI = "\u2066", PDI = "\u2069";
  // Its spaces become no-break spaces there, so it never breaks across lines.
  function wrap(text) {
    return unwrap(text).replace(/\{[^{}\n]*\}/g, function (ph) { return LRI + ph.replace(/ /g, "\u00a0") + PDI; });
  }
  function unwrap(text) {
    return text.replace(/\u2066(\{[^{}\n]*\})\u2069/g, function (_, ph) { return ph.replace(/\u00a0/g, " "); });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // The German's inline tree (model::Inline as JSON; "ph" = placeable).
  function inline(nodes, parent) {
    (nodes || []).forEach(function (n) {
      var tags = { emph: "em", strong: "strong", strike: "s", isolate: "bdi" };
      if (n.t === "text") parent.appendChild(document.createTextNode(n.v));
      else if (n.t === "ph") {
        parent.appendChild(el("span", { "class": "wb-token", translate: "no", title: T("keep_token") }, n.v));
      } else if (n.t === "code") parent.appendChild(el("code", {}, n.v));
      else if (n.t === "br") parent.appendChild(el("br"));
      else if (n.t === "image") parent.appendChild(el("span", { "class": "wb-image" }, T("image", { alt: n.alt })));
      else if (n.t === "link") {
        var a = el("span", { "class": "wb-link", title: n.href });
        inline(n.c, a);
        parent.appendChild(a);
      } else if (tags[n.t]) {
        var e = el(tags[n.t]);
        inline(n.c, e);
        parent.appendChild(e);
      }
    });
  }

  function diff(parts) {
    var p = el("p", { "class": "wb-diff" });
    parts.forEach(function (d) {
      var op = d[0], text = d[1];
      if (op === "=") p.appendChild(document.createTextNode(text));
      else {
        var e = el(op === "+" ? "ins" : "del", {}, text);
        e.setAttribute("aria-label", T(op === "+" ? "added" : "removed", { text: text }));
        p.appendChild(e);
      }
    });
    return p;
  }

  function row(seg, index) {
    var li = el("li", { "class": "wb-row", id: "row-" + seg.id });
    var source = el("div", { "class": "wb-source", lang: data.source.code, dir: data.source.dir });
    var head = el("p", { "class": "wb-id" });
    head.appendChild(el("span", { dir: "ltr" }, (index + 1) + " · " + seg.id));
    source.appendChild(head);
    var german = el("div", { "class": "wb-german", id: "de-" + seg.id });
    inline(seg.german, german);
    source.appendChild(german);
    var changed = el("div", { "class": "wb-changed" });
    source.appendChild(changed);
    if (seg.placeables.length) {
      var keep = el("p", { "class": "wb-keep", lang: UI, dir: "ltr" }, T("keep") + " ");
      seg.placeables.forEach(function (ph) {
        var b = el("button", { type: "button", "class": "wb-token", translate: "no", title: T("insert", { token: ph }) }, ph);
        b.addEventListener("click", function () { insert(seg.id, ph); });
        keep.appendChild(b);
      });
      source.appendChild(keep);
    }
    var target = el("div", { "class": "wb-target" });
    var label = el("label", { "for": "t-" + seg.id, lang: UI, dir: "ltr" });
    label.appendChild(document.createTextNode(T("translation_into") + " "));
    label.appendChild(el("span", { lang: data.target.code, dir: data.target.dir }, data.target.name));
    label.appendChild(document.createTextNode(" "));
    var state = el("span", { "class": "wb-state" });
    label.appendChild(state);
    target.appendChild(label);
    var area = el("textarea", {
      id: "t-" + seg.id, lang: data.target.code, dir: data.target.dir,
      rows: String(Math.min(10, Math.max(2, Math.ceil(Math.max(german.textContent.length, (seg.translation || "").length) / 45) + 1))),
      spellcheck: "true", "aria-describedby": "de-" + seg.id + " p-" + seg.id
    });
    area.style.fontFamily = data.target.fonts.map(function (f) { return '"' + f + '"'; }).join(", ") + ", sans-serif";
    area.value = wrap(seg.translation || "");
    area.addEventListener("input", function () { dirty[seg.id] = true; check(seg.id); progress(); });
    area.addEventListener("blur", function () {
      var w = wrap(area.value);
      if (w !== area.value) area.value = w;
    });
    area.addEventListener("focus", function () { follow(seg.id); });
    target.appendChild(area);
    var tools = el("div", { "class": "wb-row-tools", lang: UI, dir: "ltr" });
    var keepBtn = el("button", { type: "button", "class": "wb-current" }, T("still_fits"));
    keepBtn.addEventListener("click", function () { dirty[seg.id] = true; progress(); status(T("marked_current", { id: seg.id })); });
    tools.appendChild(keepBtn);
    var reviewBtn = el("button", { type: "button", "class": "wb-review", "aria-keyshortcuts": "Alt+R" });
    reviewBtn.addEventListener("click", function () { toggleReview(seg.id); });
    tools.appendChild(reviewBtn);
    var who = el("p", { "class": "wb-who" });
    tools.appendChild(who);
    target.appendChild(tools);
    var offers = el("div", { "class": "wb-offers" });
    target.appendChild(offers);
    var problems = el("div", { "class": "wb-problems", id: "p-" + seg.id, lang: UI, dir: "ltr" });
    target.appendChild(problems);
    li.appendChild(source);
    li.appendChild(target);
    rows[seg.id] = {
      seg: seg, li: li, area: area, state: state, problems: problems, changed: changed, keep: keepBtn,
      review: reviewBtn, who: who, offers: offers
    };
    order.push(seg.id);
    paint(seg.id);
    return li;
  }

  // Shows a row's status (and, when outdated, what changed in the German).
  function paint(id) {
    var r = rows[id], seg = r.seg;
    r.li.setAttribute("data-status", seg.status);
    r.state.textContent = "(" + T("status_" + seg.status) + ")";
    r.changed.textContent = "";
    r.keep.hidden = seg.status !== "outdated";
    if (seg.status === "outdated" && seg.previous) {
      var d = el("details", { open: "" });
      d.appendChild(el("summary", { lang: UI, dir: "ltr" }, T("what_changed")));
      d.appendChild(diff(seg.diff));
      r.changed.appendChild(d);
    }
    paintReview(id);
    paintOffers(id);
  }

  // Who translated and who checked the row; its sign-off button (only a
  // current translation can be signed off).
  function paintReview(id) {
    var r = rows[id], seg = r.seg;
    r.li.setAttribute("data-reviewed", seg.review ? "yes" : signing[id] ? "pending" : "no");
    var parts = [];
    if (seg.translatedBy) parts.push(T("translated_by", { by: seg.translatedBy }));
    if (seg.from) parts.push(T("from_memory", { origin: seg.from }));
    if (seg.review) parts.push(T("reviewed_by", { by: seg.review.by, date: seg.review.at.slice(0, 10) }));
    else if (signing[id]) parts.push(T("review_pending"));
    else if (seg.status === "translated") parts.push(T("not_reviewed"));
    r.who.textContent = parts.join(" · ");
    r.review.hidden = seg.status !== "translated" || !!seg.review;
    r.review.textContent = T(signing[id] ? "unmark_reviewed" : "mark_reviewed");
    r.review.setAttribute("aria-pressed", signing[id] ? "true" : "false");
  }

  // What the translation memory offers for a missing or outdated row: the
  // same or similar German elsewhere, with what differs, and its
  // translation, which a click takes over into the field.
  function paintOffers(id) {
    var r = rows[id], list = r.seg.suggestions || [];
    r.offers.textContent = "";
    if (!list.length || r.seg.status === "translated") return;
    var d = el("details", { "class": "wb-suggestions" });
    d.appendChild(el("summary", { lang: UI, dir: "ltr" }, T("suggestions", { n: list.length })));
    list.forEach(function (o) {
      var box = el("div", { "class": "wb-suggestion" });
      var from = el("p", { "class": "wb-from", lang: UI, dir: "ltr" }, T("suggestion_from", { origin: o.origin, score: o.score }) +
        (o.reviewed ? " · " + T("suggestion_reviewed") : ""));
      box.appendChild(from);
      if (o.score < 100) {
        box.appendChild(el("p", { "class": "wb-diff-label", lang: UI, dir: "ltr" }, T("suggestion_diff")));
        var dd = diff(o.diff);
        dd.setAttribute("lang", data.source.code);
        box.appendChild(dd);
      }
      box.appendChild(el("p", { "class": "wb-offer-text", lang: data.target.code, dir: data.target.dir }, o.translation));
      var use = el("button", { type: "button", "class": "wb-use", lang: UI, dir: "ltr" }, T("use_suggestion"));
      use.addEventListener("click", function () {
        r.area.value = wrap(o.translation);
        dirty[id] = true;
        check(id);
        progress();
        r.area.focus();
        status(T("used_suggestion"));
      });
      box.appendChild(use);
      d.appendChild(box);
    });
    r.offers.appendChild(d);
  }

  // Marks a current row to be signed off (or not) when the page saves.
  function toggleReview(id) {
    var r = rows[id];
    if (r.seg.status !== "translated" || r.seg.review) return;
    if (signing[id]) delete signing[id]; else signing[id] = true;
    paintReview(id);
    progress();
    if (signing[id]) status(T("marked_reviewed", { id: id }));
  }

  function reviewAll() {
    var n = 0;
    order.forEach(function (id) {
      var seg = rows[id].seg;
      if (seg.status === "translated" && !seg.review && !dirty[id] && !signing[id]) { signing[id] = true; paintReview(id); n++; }
    });
    progress();
    status(T("marked_all_reviewed", { n: n }));
  }

  function reviewer() { return document.getElementById("wb-reviewer").value.trim(); }

  // Placeables and terms of the German missing from the translation (a hint
  // while typing; the server checks everything when saving).
  function check(id) {
    var r = rows[id];
    var missing = r.seg.placeables.filter(function (ph) {
      return unwrap(r.area.value).replace(/\s+/g, "").indexOf(ph.replace(/\s+/g, "")) < 0;
    });
    var hint = r.problems.querySelector(".wb-hint");
    if (hint) hint.remove();
    if (missing.length && r.area.value.trim()) {
      r.problems.appendChild(el("p", { "class": "wb-hint" }, T("not_yet_in") + " " + missing.join(" ")));
    }
  }

  function insert(id, text) {
    var a = rows[id].area;
    var start = a.selectionStart, end = a.selectionEnd;
    var piece = LRI + text.replace(/ /g, "\u00a0") + PDI;
    a.value = a.value.slice(0, start) + piece + a.value.slice(end);
    a.focus();
    a.selectionStart = a.selectionEnd = start + piece.length;
    dirty[id] = true;
    check(id);
    progress();
  }

  function counts() {
    var c = { translated: 0, outdated: 0, missing: 0, reviewed: 0 };
    order.forEach(function (id) {
      c[rows[id].seg.status] += 1;
      if (rows[id].seg.review) c.reviewed += 1;
    });
    return c;
  }

  function progress() {
    var c = counts();
    var unsaved = Object.keys(dirty).length + Object.keys(signing).length;
    var p = document.getElementById("wb-progress");
    p.textContent = "";
    var bar = el("progress", { max: String(order.length), value: String(c.translated), "aria-label": T("progress_label") });
    p.appendChild(bar);
    p.appendChild(document.createTextNode(" " +
      T("progress", { done: c.translated, total: order.length, outdated: c.outdated, missing: c.missing }) +
      " · " + T("progress_reviewed", { reviewed: c.reviewed }) +
      (unsaved ? " · " + T("unsaved", { n: unsaved }) : "")));
    document.title = (unsaved ? "• " : "") + document.title.replace(/^• /, "");
  }

  var lastSave = "";
  function status(text) { document.getElementById("wb-status").textContent = text; }
  // A build's news follows the last save's message (it does not replace it).
  function buildStatus(text) { status((lastSave ? lastSave + " " : "") + text); }

  function alertBox(text, reload) {
    var box = document.getElementById("wb-alert");
    box.textContent = "";
    if (!text) return;
    box.appendChild(el("p", {}, text));
    if (reload) {
      var b = el("button", { type: "button", id: "wb-reload" }, T("reload"));
      b.addEventListener("click", function () { location.reload(); });
      box.appendChild(b);
    }
  }

  // The next row after the focused one whose status is `which` (wrapping).
  function next(which) {
    var active = document.activeElement;
    var at = order.findIndex(function (id) { return rows[id].area === active || rows[id].li.contains(active); });
    for (var k = 1; k <= order.length; k++) {
      var id = order[(at + k + order.length) % order.length];
      var r = rows[id];
      var open = which === "missing" ? r.seg.status === "missing" && !r.area.value.trim()
        : which === "unreviewed" ? r.seg.status === "translated" && !r.seg.review && !signing[id]
        : r.seg.status === "outdated" && !dirty[id];
      if (open) {
        r.area.focus();
        r.area.scrollIntoView({ block: "center" });
        return;
      }
    }
    status(T({ missing: "none_missing", outdated: "none_outdated", unreviewed: "none_unreviewed" }[which]));
  }

  function clearProblems() {
    order.forEach(function (id) {
      var r = rows[id];
      r.problems.querySelectorAll(".wb-problem").forEach(function (p) { p.remove(); });
      r.area.removeAttribute("aria-invalid");
    });
  }

  function showProblems(problems) {
    clearProblems();
    var first = null;
    Object.keys(problems).forEach(function (id) {
      var list = problems[id];
      var r = rows[id];
      list.forEach(function (p) {
        var box = el("div", { "class": "wb-problem wb-" + p.severity });
        // tandem's messages are in English. In another language the
        // workbench says what the problem means and how to fix it, and
        // gives tandem's message (which names what it found) below.
        var known = (data.ui.problems || {})[p.code];
        var sentence = function (cls, label, own, english) {
          var line = el("p", { "class": cls }, T(label) + " ");
          if (own) line.appendChild(document.createTextNode(own));
          else line.appendChild(el("span", { lang: "en" }, english));
          return line;
        };
        box.appendChild(sentence("wb-message", p.severity === "error" ? "error" : "warning", known && known[0], p.message));
        if (known || p.help) box.appendChild(sentence("wb-help", "how_to_fix", known && known[1], p.help));
        if (known) box.appendChild(sentence("wb-detail", "details", null, p.message));
        if (r) r.problems.appendChild(box);
        else document.getElementById("wb-alert").appendChild(box);
      });
      if (r && list.some(function (p) { return p.severity === "error"; })) {
        r.area.setAttribute("aria-invalid", "true");
        if (!first) first = r;
      }
    });
    return first;
  }

  function save() {
    if (saving) return;
    var edits = Object.keys(dirty).filter(function (id) { return rows[id].area.value.trim(); })
      .map(function (id) { return { id: id, value: unwrap(rows[id].area.value).replace(/\s+$/, "") }; });
    var sign = Object.keys(signing);
    if (!edits.length && !sign.length) { status(T("nothing_to_save")); return; }
    var request = { digest: data.digest, edits: edits };
    if (sign.length) {
      if (!reviewer()) {
        status(T("need_reviewer"));
        document.getElementById("wb-reviewer").focus();
        return;
      }
      request.review = { by: reviewer(), ids: sign };
      try { localStorage.setItem("tandem-reviewer", reviewer()); } catch (e) { /* private mode */ }
    }
    saving = true;
    lastSave = "";
    status(T("saving", { n: edits.length + sign.length }));
    fetch(api, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Tandem-Secret": secret },
      body: JSON.stringify(request),
      cache: "no-store"
    }).then(function (resp) {
      return resp.text().then(function (text) {
        var body = null;
        try { body = JSON.parse(text); } catch (e) { body = null; }
        return { code: resp.status, body: body, text: text };
      });
    }).then(function (r) {
      if (r.code === 200) saved(r.body.data, edits, sign);
      else if (r.code === 409) {
        conflict = true;
        alertBox(T("conflict", { file: data.file }), true);
        status(T("not_saved"));
      } else if (r.code === 422) {
        var first = showProblems(r.body.problems);
        status(T("fix_problems"));
        if (first) first.area.focus();
      } else {
        var unreadable = r.body && r.body.unreadable;
        alertBox(unreadable ? T("unreadable", { error: unreadable }) : T("not_saved_because") + " " + r.text, !!unreadable);
        status(unreadable ? "" : T("not_saved"));
      }
    }).catch(function (e) {
      alertBox(T("no_answer", { error: e }), false);
      status(T("not_saved"));
    }).finally(function () {
      saving = false;
      if (recheck) { recheck = false; onDisk(); }
    });
  }

  function saved(fresh, edits, sign) {
    var focused = document.activeElement;
    data.digest = fresh.digest;
    data.pdf = fresh.pdf;
    clearProblems();
    fresh.segments.forEach(function (seg) {
      var r = rows[seg.id];
      if (!r) return;
      // Only rows whose status changed are drawn again (less layout work
      // while the preview refreshes).
      var same = r.seg.status === seg.status && r.seg.previous === seg.previous;
      var reviewSame = JSON.stringify(r.seg.review) === JSON.stringify(seg.review) && !signing[seg.id];
      // The answer to a save leaves out the German, which it cannot change.
      seg.german = r.seg.german;
      seg.placeables = r.seg.placeables;
      r.seg = seg;
      if (dirty[seg.id] && edits.some(function (e) { return e.id === seg.id; })) delete dirty[seg.id];
      if (sign.indexOf(seg.id) >= 0) delete signing[seg.id];
      if (!same) paint(seg.id);
      else if (!reviewSame) paintReview(seg.id);
    });
    alertBox("");
    progress();
    links();
    // A button that disappeared with its row's new status hands the focus
    // to the row's field.
    if (focused && focused.closest && focused.closest(".wb-row") && focused.offsetParent === null) {
      rows[focused.closest(".wb-row").id.slice(4)].area.focus();
    }
    lastSave = T("saved", { n: edits.length, file: fresh.file }) +
      (sign.length ? " " + T("saved_reviewed", { r: sign.length }) : "");
    status(lastSave + " " + T("updating_preview"));
  }

  // The file on disk changed: if it is not what this page saved, say so.
  // (`disk` is its digest from the server's event; while a save is under
  // way, the answer to it decides first.)
  var disk = null;
  function onDisk() {
    if (saving) { recheck = true; return; }
    if (disk !== null && disk !== data.digest && !conflict) {
      conflict = true;
      alertBox(T("changed_on_disk", { file: data.file }), true);
    }
  }

  function links() {
    var preview = document.getElementById("wb-preview-link");
    preview.setAttribute("href", data.preview);
    var pdf = document.getElementById("wb-pdf-link");
    if (data.pdf) { pdf.setAttribute("href", data.pdf); pdf.hidden = false; }
    else pdf.hidden = true;
  }

  // The preview shows the row of the focused segment.
  function follow(id) {
    var frame = document.getElementById("wb-preview");
    var doc = null;
    try { doc = frame.contentDocument; } catch (e) { return; }
    if (!doc) return;
    var parts = id.split("-");
    while (parts.length) {
      var target = doc.getElementById(parts.join("-"));
      if (target) {
        // Scroll the preview only (scrollIntoView would scroll this page too).
        var win = doc.defaultView;
        var top = target.getBoundingClientRect().top + win.scrollY;
        win.scrollTo(0, Math.max(0, top - win.innerHeight / 3));
        return;
      }
      parts.pop();
    }
  }

  function events() {
    var source = new EventSource("/__tandem/events");
    source.addEventListener("build", function (e) {
      var s = JSON.parse(e.data);
      var ours = !s.edition || (s.edition.doc === data.doc.id && s.edition.lang === data.target.code);
      if (!ours) return;
      if (s.errors) { buildStatus(T("build_errors")); return; }
      if (s.stage === "html") buildStatus(T("preview_updated", { ms: s.millis }));
      if (s.stage === "pdf") {
        if (!data.pdf) data.pdf = data.pdfAt;
        document.getElementById("wb-pdf-link").setAttribute("href", data.pdf + "?v=" + s.generation);
        document.getElementById("wb-pdf-link").hidden = false;
        buildStatus(T("pdf_updated"));
      }
    });
    source.addEventListener("changed", function (e) {
      var s = JSON.parse(e.data);
      if (s.digests && s.digests[data.file]) {
        disk = s.digests[data.file];
        onDisk();
      }
    });
  }

  document.addEventListener("keydown", function (e) {
    var key = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && !e.altKey && key === "s") { e.preventDefault(); save(); }
    else if (e.altKey && !e.ctrlKey && (key === "n" || e.code === "KeyN")) { e.preventDefault(); next("missing"); }
    else if (e.altKey && !e.ctrlKey && (key === "o" || e.code === "KeyO")) { e.preventDefault(); next("outdated"); }
    else if (e.altKey && !e.ctrlKey && (key === "u" || e.code === "KeyU")) { e.preventDefault(); next("unreviewed"); }
    else if (e.altKey && !e.ctrlKey && (key === "r" || e.code === "KeyR")) {
      var row = document.activeElement && document.activeElement.closest && document.activeElement.closest(".wb-row");
      if (row) { e.preventDefault(); toggleReview(row.id.slice(4)); }
    }
  });
  window.addEventListener("beforeunload", function (e) {
    if ((Object.keys(dirty).length || Object.keys(signing).length) && !conflict) { e.preventDefault(); e.returnValue = ""; }
  });

  var h1 = document.getElementById("wb-title");
  h1.appendChild(el("span", { lang: data.source.code, dir: data.source.dir }, data.doc.title));
  h1.appendChild(document.createTextNode(" → "));
  h1.appendChild(el("span", { lang: data.target.code, dir: data.target.dir }, data.target.name));
  var list = document.getElementById("wb-rows");
  data.segments.forEach(function (seg, i) { list.appendChild(row(seg, i)); });
  document.getElementById("wb-save").addEventListener("click", save);
  document.getElementById("wb-next-missing").addEventListener("click", function () { next("missing"); });
  document.getElementById("wb-next-outdated").addEventListener("click", function () { next("outdated"); });
  document.getElementById("wb-next-unreviewed").addEventListener("click", function () { next("unreviewed"); });
  document.getElementById("wb-review-all").addEventListener("click", reviewAll);
  var name = document.getElementById("wb-reviewer");
  try { name.value = localStorage.getItem("tandem-reviewer") || data.reviewer || ""; } catch (e) { name.value = data.reviewer || ""; }
  document.getElementById("wb-preview").setAttribute("src", data.preview);
  links();
  progress();
  events();
})();
