//! "How this is computed": the definitions behind a view's figures, one click away.

use crate::locale::{Lang, Text};
use yew::prelude::*;

/// The `<details>` that opens on the definitions of `text` (`id` is its anchor).
pub fn explain(text: Text, id: &'static str, lang: Lang) -> Html {
    html! {
        <details class="explain" {id}>
            <summary>{ lang.t(Text::HowComputed) }</summary>
            <p>{ lang.t(text) }</p>
        </details>
    }
}
