//! Routes whose view is not built yet say so plainly and show no numbers.

use crate::app::context::{query_pairs, use_app};
use crate::app::routes::Route;
use crate::locale::Text;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PendingProps {
    pub route: Route,
}

#[function_component(PendingPage)]
pub fn pending_page(props: &PendingProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    html! {
        <section class="page pending" aria-labelledby="page-title">
            <h1 id="page-title">{ lang.t(props.route.title()) }</h1>
            <div class="panel panel-empty">
                <h2>{ lang.t(Text::NotBuiltTitle) }</h2>
                <p>{ lang.t(Text::NotBuiltBody) }</p>
                <p>
                    <Link<Route, Vec<(String, String)>> to={Route::Overview} query={Some(query_pairs(&ctx.query))}>
                        { lang.t(Text::BackToOverview) }
                    </Link<Route, Vec<(String, String)>>>
                </p>
            </div>
        </section>
    }
}
