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
            <p><Link<Route> to={Route::Overview}>{ lang.t(Text::BackToOverview) }</Link<Route>></p>
        </section>
    }
}
