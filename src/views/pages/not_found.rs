use crate::locale::Text;
use crate::views::context::use_app;
use crate::views::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    let lang = use_app().lang;
    html! {
        <section class="page pending">
            <h1>{ lang.t(Text::NotFoundTitle) }</h1>
            // The same `Link` type as every other link: one instance of its code in the wasm.
            <p><Link<Route, Vec<(String, String)>> to={Route::Overview} query={None}>{ lang.t(Text::BackToOverview) }</Link<Route, Vec<(String, String)>>></p>
        </section>
    }
}
