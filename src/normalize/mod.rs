//! Pure functions from matched text to normalized values (numbers, TIMEX3).

pub mod number;
pub mod timex;
pub mod holiday;
