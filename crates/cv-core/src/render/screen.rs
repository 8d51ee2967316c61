//! Pages for the screen: a laid-out page cut into horizontal tiles, each drawn as its own PNG.
//!
//! Typing a character changes a line or two of a page, yet drawing and encoding a whole page
//! took 14 ms of a 22 ms preview on a slow machine (bench/desktop/README.md). So the live
//! preview shows a page as a stack of tiles a few dozen pixels high, each with a fingerprint of
//! what it draws; only tiles whose fingerprint is new are drawn, encoded and loaded.
//!
//! One walk over the page's frames gives every tile its fingerprint: each drawn item is hashed
//! once (a line or a heading whole, by the hash Typst keeps of its frame) and listed in every
//! tile its extent reaches. Drawing a tile draws the page's frame cut down to the items that
//! reach it (`cut`), shifted up by the tile's top. Both decide with `Tiling::bands_reached`,
//! so whatever a tile draws is in its fingerprint. Items crossing a tile's edge are kept in both
//! tiles and clipped by each bitmap, so the tiles stacked give the page's pixels (up to rounding,
//! `tests/rendering.rs`).
//!
//! What does not live here: keeping tiles between renders and serving them (cv-client), PDF and
//! full-page PNG export ([`Compiled`](super::Compiled)).

use std::ops::Range;

use typst::layout::{Abs, Frame, FrameItem, GroupItem, Point, Size, Transform};
use typst::utils::hash128;
use typst_layout::Page;

use crate::{Error, Result};

/// One laid-out page, to cut into tiles at any width. Cheap to clone and keep: its frames are
/// shared with the [`Compiled`](super::Compiled) document it came from.
#[derive(Clone)]
pub struct PageLayout(pub(super) Page);

impl std::fmt::Debug for PageLayout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageLayout")
            .field("width_pt", &self.width_pt())
            .finish_non_exhaustive()
    }
}

/// A band of a page's rows, to draw when asked: cheap to keep, since it shares the page.
#[derive(Clone)]
pub struct Tile {
    page: PageLayout,
    tiling: Tiling,
    index: u32,
    fingerprint: u128,
}

impl std::fmt::Debug for Tile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tile")
            .field("index", &self.index)
            .field("fingerprint", &format_args!("{:032x}", self.fingerprint))
            .finish_non_exhaustive()
    }
}

impl PageLayout {
    /// The page's width in points.
    pub fn width_pt(&self) -> f64 {
        self.0.frame.width().to_pt()
    }

    /// The page's height in pixels when drawn `width_px` wide.
    pub fn height_px(&self, width_px: u32) -> u32 {
        Tiling::new(&self.0, width_px, 1).page_px
    }

    /// The page drawn `width_px` wide, cut into tiles `tile_px` high (the last one shorter),
    /// top to bottom.
    pub fn tiles(&self, width_px: u32, tile_px: u32) -> Vec<Tile> {
        let tiling = Tiling::new(&self.0, width_px, tile_px);
        let mut drawn = vec![Vec::new(); tiling.count() as usize];
        let page = hash128(&(
            &self.0.fill,
            self.0.frame.size(),
            self.0.frame.kind(),
            tiling.pixels_per_pt.to_bits(),
            tiling.tile_px,
        ));
        list_drawn(&tiling, &self.0.frame, Abs::zero(), page, &mut drawn);
        drawn
            .into_iter()
            .zip(0..)
            .map(|(items, index)| Tile {
                page: self.clone(),
                tiling,
                index,
                fingerprint: hash128(&(page, index, tiling.height_of(index), items)),
            })
            .collect()
    }
}

impl Tile {
    /// Equal for two tiles exactly when they draw the same pixels (up to a 128-bit hash
    /// collision): their items, position in the page, scale and height.
    pub fn fingerprint(&self) -> u128 {
        self.fingerprint
    }

    /// The tile's height in pixels.
    pub fn height_px(&self) -> u32 {
        self.tiling.height_of(self.index)
    }

    /// The tile as a PNG, compressed for speed rather than size (for showing on screen now,
    /// not for saving; [`Compiled::png`](super::Compiled::png) is for that).
    pub fn png(&self) -> Result<Vec<u8>> {
        let page = &self.page.0;
        let cut_page = match cut(&self.tiling, self.index, &page.frame, Abs::zero()) {
            Cut::Nothing => Frame::new(page.frame.size(), page.frame.kind()),
            Cut::Whole => page.frame.clone(),
            Cut::Part(frame) => frame,
        };
        let px = |n: u32| Abs::pt(f64::from(n) / self.tiling.pixels_per_pt);
        let top = px(self.index * self.tiling.tile_px);
        let mut frame = Frame::hard(Size::new(page.frame.width(), px(self.height_px())));
        frame.push_frame(Point::with_y(-top), cut_page);
        let tile_page = Page {
            frame,
            bleed: Default::default(),
            ..page.clone()
        };
        let options = super::raster_options(self.tiling.pixels_per_pt);
        encode_opaque_png(&typst_render::render(&tile_page, &options))
    }
}

/// How a page drawn at some width is cut into tiles.
#[derive(Debug, Clone, Copy)]
struct Tiling {
    pixels_per_pt: f64,
    tile_px: u32,
    page_px: u32,
}

impl Tiling {
    fn new(page: &Page, width_px: u32, tile_px: u32) -> Tiling {
        let size = page.frame.size();
        let pixels_per_pt = f64::from(width_px.max(1)) / size.x.to_pt();
        Tiling {
            pixels_per_pt,
            tile_px: tile_px.max(1),
            // As typst-render sizes its bitmap.
            page_px: (pixels_per_pt * size.y.to_pt()).round().max(1.0) as u32,
        }
    }

    fn count(&self) -> u32 {
        self.page_px.div_ceil(self.tile_px)
    }

    fn height_of(&self, index: u32) -> u32 {
        let top = index * self.tile_px;
        self.tile_px.min(self.page_px.saturating_sub(top))
    }

    /// The tiles whose rows an item from `top` to `bottom` (page points) may draw in, with a
    /// pixel of slack on each side since anti-aliasing reaches into the neighbouring row.
    fn bands_reached(&self, top: Abs, bottom: Abs) -> Range<u32> {
        let px = |y: Abs| y.to_pt() * self.pixels_per_pt;
        let first = ((px(top) - 1.0) / f64::from(self.tile_px)).floor().max(0.0);
        let last = ((px(bottom) + 1.0) / f64::from(self.tile_px)).ceil();
        let clamp = |t: f64| (t as u32).min(self.count());
        if !(px(bottom) + 1.0 > 0.0 && px(top) - 1.0 < f64::from(self.page_px)) {
            return 0..0;
        }
        clamp(first)..clamp(last).max(clamp(first))
    }
}

/// Where an item of a frame draws, seen from the page.
enum Reach {
    /// Rows from `top` to `bottom` (page points).
    Rows(Abs, Abs),
    /// A group moved only (the usual case): its items, its frame's top at this height.
    Inside(Abs),
    /// Anywhere: a group turned, scaled or skewed, kept whole rather than mapping its extent.
    Anywhere,
    /// Nowhere: links and introspection tags are not drawn.
    Nowhere,
}

fn reach(item: &FrameItem, pos: Point, origin: Abs) -> Reach {
    match item {
        FrameItem::Group(group) => {
            let Transform {
                sx, ky, kx, sy, ty, ..
            } = group.transform;
            if sx.get() == 1.0 && sy.get() == 1.0 && kx.get() == 0.0 && ky.get() == 0.0 {
                Reach::Inside(origin + pos.y + ty)
            } else {
                Reach::Anywhere
            }
        }
        FrameItem::Text(_) | FrameItem::Shape(..) | FrameItem::Image(..) => {
            let (top, bottom) = vertical_extent(item);
            Reach::Rows(origin + pos.y + top, origin + pos.y + bottom)
        }
        FrameItem::Link(..) | FrameItem::Tag(_) => Reach::Nowhere,
    }
}

/// Lists, per tile, a hash of each item drawn there and of the groups around it (their
/// positions, clips and transforms: `context`). A group reaching at most two tiles (a line, a
/// heading) is listed whole, by the hash Typst keeps of its frame, rather than item by item:
/// hashing every glyph of a page took most of the time of cutting it.
fn list_drawn(
    tiling: &Tiling,
    frame: &Frame,
    origin: Abs,
    context: u128,
    drawn: &mut [Vec<(u128, u128)>],
) {
    for (pos, item) in frame.items() {
        let tiles = match reach(item, *pos, origin) {
            Reach::Nowhere => continue,
            Reach::Inside(top) => {
                let FrameItem::Group(group) = item else {
                    continue;
                };
                let Some((low, high)) = extent(&group.frame) else {
                    continue;
                };
                let tiles = tiling.bands_reached(top + low, top + high);
                if tiles.len() <= 2 {
                    tiles
                } else {
                    let inner = hash128(&(
                        context,
                        pos,
                        group.transform,
                        &group.clip,
                        group.frame.kind(),
                        group.frame.size(),
                    ));
                    list_drawn(tiling, &group.frame, top, inner, drawn);
                    continue;
                }
            }
            Reach::Rows(top, bottom) => tiling.bands_reached(top, bottom),
            Reach::Anywhere => 0..tiling.count(),
        };
        if tiles.is_empty() {
            continue;
        }
        let hash = hash128(&(pos, item));
        for tile in tiles {
            drawn[tile as usize].push((context, hash));
        }
    }
}

/// How far up and down the items of `frame` may draw from its top; `None` when it draws
/// nothing. Memoised: the frames of an unchanged part of the page are the same between edits.
#[comemo::memoize]
fn extent(frame: &Frame) -> Option<(Abs, Abs)> {
    let mut reach_of_items =
        frame
            .items()
            .filter_map(|(pos, item)| match reach(item, *pos, Abs::zero()) {
                Reach::Nowhere => None,
                Reach::Anywhere => Some((-Abs::inf(), Abs::inf())),
                Reach::Rows(top, bottom) => Some((top, bottom)),
                Reach::Inside(top) => match item {
                    FrameItem::Group(group) => {
                        extent(&group.frame).map(|(low, high)| (top + low, top + high))
                    }
                    _ => None,
                },
            });
    let first = reach_of_items.next()?;
    Some(reach_of_items.fold(first, |(low, high), (top, bottom)| {
        (low.min(top), high.max(bottom))
    }))
}

/// What of a frame shows in a tile.
enum Cut {
    /// Nothing is drawn there.
    Nothing,
    /// Every item may be: the frame as it is.
    Whole,
    /// Only some items: a new frame with those.
    Part(Frame),
}

/// The items of `frame` (its top at `origin` on the page) that draw in tile `index`, in the
/// groups (with their clips and transforms) around them.
fn cut(tiling: &Tiling, index: u32, frame: &Frame, origin: Abs) -> Cut {
    let mut kept: Vec<(Point, FrameItem)> = Vec::new();
    let mut all_kept = true;
    for (pos, item) in frame.items() {
        let keep = match reach(item, *pos, origin) {
            Reach::Nowhere => Cut::Nothing,
            Reach::Anywhere => Cut::Whole,
            Reach::Rows(top, bottom) if tiling.bands_reached(top, bottom).contains(&index) => {
                Cut::Whole
            }
            Reach::Rows(..) => Cut::Nothing,
            Reach::Inside(top) => match item {
                FrameItem::Group(group) => cut(tiling, index, &group.frame, top),
                _ => Cut::Nothing,
            },
        };
        match (keep, item) {
            (Cut::Nothing, _) => all_kept = false,
            (Cut::Whole, _) => kept.push((*pos, item.clone())),
            (Cut::Part(inner), FrameItem::Group(group)) => {
                all_kept = false;
                let group = GroupItem {
                    frame: inner,
                    ..group.clone()
                };
                kept.push((*pos, FrameItem::Group(group)));
            }
            (Cut::Part(_), _) => all_kept = false,
        }
    }
    if kept.is_empty() {
        Cut::Nothing
    } else if all_kept {
        Cut::Whole
    } else {
        let mut part = Frame::new(frame.size(), frame.kind());
        part.push_multiple(kept);
        Cut::Part(part)
    }
}

/// A bitmap as an RGBA PNG over white, encoded fast.
fn encode_opaque_png(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>> {
    // Pages have a white fill, so every pixel is opaque and tiny-skia's premultiplied RGBA is
    // plain RGBA. A page without a fill is composited over white first.
    let opaque = pixmap.pixels().iter().all(|p| p.alpha() == u8::MAX);
    let rgba: std::borrow::Cow<[u8]> = if opaque {
        pixmap.data().into()
    } else {
        let over_white = |c: u8, alpha: u8| c.saturating_add(u8::MAX - alpha);
        let pixels = pixmap.pixels().iter();
        pixels
            .flat_map(|p| {
                let a = p.alpha();
                let [r, g, b] = [p.red(), p.green(), p.blue()].map(|c| over_white(c, a));
                [r, g, b, u8::MAX]
            })
            .collect::<Vec<u8>>()
            .into()
    };
    let mut out = Vec::with_capacity(rgba.len() / 16);
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    // "Up" turns the many rows equal to the one above (margins, gaps between lines) into
    // zeros for the compressor; png's default tries five filters on every row, and took
    // more than half the time of drawing a page.
    encoder.set_filter(png::Filter::Up);
    let png_error = |e: png::EncodingError| Error::Png(e.to_string());
    encoder
        .write_header()
        .map_err(png_error)?
        .write_image_data(&rgba)
        .map_err(png_error)?;
    Ok(out)
}

/// How far up and down a drawn item may reach from its position, generously.
fn vertical_extent(item: &FrameItem) -> (Abs, Abs) {
    match item {
        FrameItem::Text(text) => {
            // The font's bounding box covers every glyph it has; y grows downwards on the page
            // and upwards in the font.
            let em = |units: i16| text.size * (f64::from(units) / text.font.units_per_em());
            let bbox = text.font.ttf().global_bounding_box();
            let shifts = text.glyphs.iter().scan(Abs::zero(), |y, glyph| {
                let at = *y + glyph.y_offset.at(text.size);
                *y += glyph.y_advance.at(text.size);
                Some(at)
            });
            let (low, high) = shifts.fold((Abs::zero(), Abs::zero()), |(low, high), at| {
                (low.min(at), high.max(at))
            });
            let stroke = text.stroke.as_ref().map_or(Abs::zero(), |s| s.thickness);
            (
                -em(bbox.y_max) - high - stroke,
                -em(bbox.y_min) - low + stroke,
            )
        }
        FrameItem::Shape(shape, _) => {
            let bbox = shape.bbox(true);
            (bbox.min.y, bbox.max.y)
        }
        FrameItem::Image(_, size, _) => (Abs::zero(), size.y),
        FrameItem::Group(group) => (Abs::zero(), group.frame.height()),
        FrameItem::Link(..) | FrameItem::Tag(_) => (Abs::zero(), Abs::zero()),
    }
}
