//! Values that may be a scalar or a block, read with their scalar's text
//! as written: serde_yaml turns a plain scalar into a number before a type
//! that accepts either can see it (`22.000` would arrive as 22), so
//! [`super::from_str`] reads such text twice. The first pass records, in
//! document order, which of the two each value is; the second asks
//! serde_yaml for exactly that shape. Calls no serde_yaml itself.

use std::cell::RefCell;
use std::collections::VecDeque;

use serde::de::{Deserializer, IgnoredAny, Visitor};

/// Starts recording shapes (the first pass of a parse).
pub(super) fn start() {
    TAPE.with(|t| *t.borrow_mut() = Tape::Record(Vec::new()));
}

/// Ends the first pass; true when shapes were recorded, which the second
/// pass now replays (a parse without such values needs no second pass).
pub(super) fn replay() -> bool {
    TAPE.with(|t| {
        let mut t = t.borrow_mut();
        match std::mem::replace(&mut *t, Tape::Off) {
            Tape::Record(shapes) if !shapes.is_empty() => {
                *t = Tape::Replay(shapes.into());
                true
            }
            _ => false,
        }
    })
}

/// Ends the second pass.
pub(super) fn stop() {
    TAPE.with(|t| *t.borrow_mut() = Tape::Off);
}

/// Which shape each value read through [`scalar_or_block`] has, in
/// document order: recorded by the first pass of [`from_str`], replayed
/// by the second. Per thread: a parse never leaves its thread.
enum Tape {
    Off,
    Record(Vec<Shape>),
    Replay(VecDeque<Shape>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Scalar,
    Block,
    Other,
}

thread_local! {
    static TAPE: RefCell<Tape> = const { RefCell::new(Tape::Off) };
}

/// A value that stands in for a scalar during the first pass of
/// [`from_str`], whose result is thrown away.
pub trait Placeholder {
    fn placeholder() -> Self;
}

/// Deserializes a value written either as a scalar (handed to the
/// visitor's `visit_str` with its text as written, `22.000` included) or
/// as a block (`visit_map`). See [`from_str`] for why this takes two passes.
pub fn scalar_or_block<'de, D, V>(d: D, visitor: V) -> Result<V::Value, D::Error>
where
    D: Deserializer<'de>,
    V: Visitor<'de>,
    V::Value: Placeholder,
{
    enum Step {
        Record,
        Replay(Option<Shape>),
    }
    let step = TAPE.with(|t| match &mut *t.borrow_mut() {
        Tape::Record(_) => Step::Record,
        Tape::Replay(q) => Step::Replay(q.pop_front()),
        Tape::Off => Step::Replay(None),
    });
    match step {
        Step::Record => d.deserialize_any(Probe(visitor)),
        Step::Replay(Some(Shape::Scalar)) => d.deserialize_str(visitor),
        Step::Replay(Some(Shape::Block)) => d.deserialize_map(visitor),
        Step::Replay(_) => d.deserialize_any(visitor),
    }
}

fn note(shape: Shape) {
    TAPE.with(|t| {
        if let Tape::Record(v) = &mut *t.borrow_mut() {
            v.push(shape);
        }
    });
}

/// First pass: notes the shape; a block is read by the real visitor (the
/// values nested in it are recorded in their turn), a scalar is replaced.
struct Probe<V>(V);

impl<'de, V> Visitor<'de> for Probe<V>
where
    V: Visitor<'de>,
    V::Value: Placeholder,
{
    type Value = V::Value;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        self.0.expecting(f)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        note(Shape::Block);
        self.0.visit_map(map)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<V::Value, A::Error> {
        note(Shape::Other);
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(V::Value::placeholder())
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<V::Value, E> {
        self.scalar()
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<V::Value, E> {
        self.scalar()
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<V::Value, E> {
        self.scalar()
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<V::Value, E> {
        self.scalar()
    }
    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<V::Value, E> {
        self.scalar()
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<V::Value, E> {
        self.scalar()
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<V::Value, E> {
        self.scalar()
    }
}

impl<'de, V> Probe<V>
where
    V: Visitor<'de>,
    V::Value: Placeholder,
{
    fn scalar<E>(self) -> Result<V::Value, E> {
        note(Shape::Scalar);
        Ok(V::Value::placeholder())
    }
}
