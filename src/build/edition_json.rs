//! The edition as the Typst layouts read it (`json(sys.inputs.edition)`):
//! the contract between tandem and the layouts, documented field by field
//! in layouts/README.md ("The edition JSON") and pinned by a snapshot per
//! layout of the sample project (tests). Its own struct, so that nothing
//! reaches a layout unless it is named here.

use crate::model::{
    Counts, DocInfo, Edition, Fact, Inlines, Label, LangInfo, Layout, Pages, Pair, Paper, Row,
    SiteInfo,
};
use indexmap::IndexMap;
use serde::Serialize;

/// Version of this JSON ([`crate::model::EDITION_SCHEMA`]); a layout refuses
/// another.
#[derive(Serialize)]
pub struct EditionJson<'a> {
    pub schema: u32,
    pub layout: Layout,
    pub paper: Paper,
    /// `parallel` or `facing` (brochures).
    pub pages: Pages,
    pub doc: &'a DocInfo,
    pub site: &'a SiteInfo,
    pub source: &'a LangInfo,
    pub target: &'a LangInfo,
    pub title: &'a Pair<Inlines>,
    pub subtitle: Option<&'a Pair<Inlines>>,
    /// Layout labels by key, `-` written `_` (`not_translated`).
    pub labels: &'a IndexMap<String, Label>,
    pub facts: &'a [Fact],
    /// The QR code's target (flyers).
    pub qr_url: Option<&'a str>,
    pub rows: &'a [Row],
    pub counts: Counts,
    /// Project-absolute path of the QR code's SVG, written beside the JSON.
    pub qr: Option<String>,
}

impl<'a> EditionJson<'a> {
    pub fn new(e: &'a Edition, qr: Option<String>) -> EditionJson<'a> {
        EditionJson {
            schema: e.schema,
            layout: e.layout,
            paper: e.paper,
            pages: e.pages,
            doc: &e.doc,
            site: &e.site,
            source: &e.source,
            target: &e.target,
            title: &e.title,
            subtitle: e.subtitle.as_ref(),
            labels: &e.labels,
            facts: &e.facts,
            qr_url: e.qr_url.as_deref(),
            rows: &e.rows,
            counts: e.counts,
            qr,
        }
    }

    /// The bytes of the file typst reads.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("the edition serializes")
    }
}
