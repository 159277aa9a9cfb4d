//! "How this is computed": the definitions behind a view's figures, one click away.

use crate::locale::Text;
use crate::views::context::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainProps {
    pub text: Text,
    pub id: AttrValue,
}

#[function_component(Explain)]
pub fn explain(props: &ExplainProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    html! {
        <details class="explain" id={props.id.clone()}>
            <summary>{ lang.t(Text::HowComputed) }</summary>
            <p>{ lang.t(props.text) }</p>
        </details>
    }
}
