//! Chart drawing with plotters, generic over the drawing backend: the same code draws on a
//! canvas in the browser and to SVG in native tests and exports.

pub mod radar;
pub mod theme;
