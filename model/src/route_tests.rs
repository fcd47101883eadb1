//! Tests for `route.rs`, kept beside it in their own file.

use super::*;
use proptest::prelude::*;

#[test]
fn parses_the_documented_examples() {
    assert_eq!(Route::parse("home"), Ok(Route::Home));
    assert_eq!(
        Route::parse("report/instagram"),
        Ok(Route::ReportPlatform("instagram".into()))
    );
    assert_eq!(
        Route::parse("parent?age=14-17&moment=new-device"),
        Ok(Route::Parent {
            age: Some(AgeBand::Age14To17),
            moment: Some(Moment::NewDevice)
        })
    );
    assert_eq!(Route::parse("openline://teen"), Ok(Route::Teen));
}

#[test]
fn refuses_bad_input_with_a_reason() {
    assert_eq!(Route::parse(""), Err(RouteError::Empty));
    assert_eq!(
        Route::parse("nowhere"),
        Err(RouteError::UnknownPath("nowhere".into()))
    );
    assert_eq!(
        Route::parse("report/Insta gram"),
        Err(RouteError::BadSlug("Insta gram".into()))
    );
    assert_eq!(
        Route::parse("parent?age=3-5"),
        Err(RouteError::BadQuery("age=3-5".into()))
    );
    assert_eq!(
        Route::parse("teen?x=1"),
        Err(RouteError::BadQuery("x=1".into()))
    );
    assert_eq!(
        Route::parse("parent?age=8-10&age=8-10"),
        Err(RouteError::BadQuery("age=8-10".into()))
    );
    assert_eq!(Route::parse(&"a".repeat(300)), Err(RouteError::TooLong));
}

#[test]
fn the_length_limit_counts_characters() {
    let accents = format!("starter/{}", "é".repeat(MAX_ROUTE_LEN - 8));
    assert_eq!(
        Route::parse(&accents),
        Err(RouteError::BadSlug("é".repeat(MAX_ROUTE_LEN - 8))),
        "256 characters in 504 bytes are within the limit"
    );
    let over = format!("starter/{}", "é".repeat(MAX_ROUTE_LEN - 7));
    assert_eq!(Route::parse(&over), Err(RouteError::TooLong));
    assert_eq!(Route::parse(&"😀".repeat(2_000)), Err(RouteError::TooLong));
}

#[test]
fn errors_quote_the_input_escaped_and_short() {
    let err = Route::parse("report/a\nb\0c").expect_err("not a slug");
    assert_eq!(
        err.to_string(),
        r#""a\nb\0c" is not a valid name in a route"#
    );
    let long = format!("{}?x", "y".repeat(200));
    let shown = Route::parse(&long).expect_err("unknown").to_string();
    assert_eq!(
        shown,
        format!("no screen is called \"{}…\"", "y".repeat(40))
    );
}

/// Any route: each one the real content offers, and platforms and starters with any slug.
fn any_route() -> impl Strategy<Value = Route> {
    let slug = "[a-z0-9][a-z0-9-]{0,30}";
    prop_oneof![
        proptest::sample::select(Route::every(crate::authored_pack())),
        slug.prop_map(Route::ReportPlatform),
        slug.prop_map(Route::Starter),
    ]
}

proptest! {
    #[test]
    fn printing_then_parsing_gives_the_route_back(route in any_route()) {
        prop_assert_eq!(Route::parse(&route.to_string()), Ok(route));
    }

    #[test]
    fn parsing_then_printing_gives_the_string_back(route in any_route()) {
        let text = route.to_string();
        let parsed = Route::parse(&text).expect("printed routes parse");
        prop_assert_eq!(parsed.to_string(), text);
    }

    #[test]
    fn no_string_makes_it_panic(input in ".{0,300}") {
        if let Ok(route) = Route::parse(&input) {
            prop_assert_eq!(Route::parse(&route.to_string()), Ok(route));
        }
    }

    #[test]
    fn route_like_strings_never_panic(input in "(openline://)?[a-z/?&=0-9-]{0,40}") {
        let _ = Route::parse(&input);
    }
}

#[test]
fn every_lists_each_kind_each_platform_starter_and_filter_once() {
    let pack = crate::authored_pack();
    let every = Route::every(pack);
    for kind in RouteKind::ALL {
        assert!(
            every.iter().any(|route| route.kind() == *kind),
            "no {kind:?} route"
        );
    }
    let filters = (AgeBand::ALL.len() + 1) * (Moment::ALL.len() + 1);
    let named = pack.platforms.len() + pack.parent.starters.len();
    let fixed = RouteKind::ALL.len() - 3;
    assert_eq!(every.len(), fixed + filters + named);
    let unique: std::collections::HashSet<String> = every.iter().map(Route::to_string).collect();
    assert_eq!(unique.len(), every.len(), "a route is listed twice");
    assert!(every.contains(&Route::ReportPlatform("instagram".into())));
    assert!(every.contains(&Route::Parent {
        age: Some(AgeBand::Age8To10),
        moment: None
    }));
}

#[test]
fn every_route_of_the_real_content_is_canonical_and_exists() {
    let pack = crate::authored_pack();
    for route in Route::every(pack) {
        let text = route.to_string();
        assert_eq!(Route::parse(&text).as_ref(), Ok(&route), "{text}");
        assert!(route.exists_in(pack), "{text}");
    }
    assert!(!Route::ReportPlatform("myspace".into()).exists_in(pack));
    assert!(!Route::Starter("no-such-starter".into()).exists_in(pack));
}

#[test]
fn up_leads_home_through_listed_routes() {
    let pack = crate::authored_pack();
    let every = Route::every(pack);
    assert_eq!(Route::Home.up(), None);
    for route in &every {
        let mut at = route.clone();
        let mut steps = 0;
        while let Some(up) = at.up() {
            assert!(every.contains(&up), "{route} leads up to unlisted {up}");
            at = up;
            steps += 1;
            assert!(steps <= 3, "{route} never reaches home");
        }
        assert_eq!(at, Route::Home, "{route}");
    }
    let up = |text: &str| {
        Route::parse(text)
            .expect("a route")
            .up()
            .map(|r| r.to_string())
    };
    assert_eq!(up("report/instagram").as_deref(), Some("report"));
    assert_eq!(up("starter/teen-new-app-who").as_deref(), Some("parent"));
    assert_eq!(up("parent/disclosure").as_deref(), Some("parent"));
    assert_eq!(up("parent?age=8-10").as_deref(), Some("home"));
    assert_eq!(up("about").as_deref(), Some("home"));
}

#[test]
fn only_screens_a_teen_may_be_on_offer_a_quick_exit() {
    let facing: Vec<String> = Route::every(crate::authored_pack())
        .into_iter()
        .filter(Route::teen_facing)
        .map(|route| route.to_string())
        .collect();
    assert_eq!(&facing[..4], ["home", "teen", "teen/sources", "report"]);
    assert!(facing[4..].iter().all(|route| route.starts_with("report/")));
    assert!(facing.len() > 4);
}

#[test]
fn deep_links_give_the_canonical_route() {
    let route = |link: &str| deep_link_route(link);
    assert_eq!(route("openline://teen").as_deref(), Some("teen"));
    assert_eq!(
        route("openline://report/instagram").as_deref(),
        Some("report/instagram")
    );
    assert_eq!(
        route("openline://parent?age=14-17&moment=new-device").as_deref(),
        Some("parent?age=14-17&moment=new-device")
    );
    assert_eq!(
        route("openline://starter/young-new-device-friends").as_deref(),
        Some("starter/young-new-device-friends")
    );
    assert_eq!(
        route("openline://parent?moment=holidays&age=8-10").as_deref(),
        Some("parent?age=8-10&moment=holidays")
    );
}

#[test]
fn deep_links_are_forgiving() {
    let route = |link: &str| deep_link_route(link);
    assert_eq!(route("OpenLine://teen").as_deref(), Some("teen"));
    assert_eq!(route("openline://teen/").as_deref(), Some("teen"));
    assert_eq!(
        route("openline://report/instagram/").as_deref(),
        Some("report/instagram")
    );
    assert_eq!(route("openline:teen").as_deref(), Some("teen"));
    assert_eq!(
        route("openline:///report//instagram").as_deref(),
        Some("report/instagram")
    );
    assert_eq!(
        route("openline://parent/?age=8-10").as_deref(),
        Some("parent?age=8-10")
    );
    assert_eq!(route("openline://teen#steps").as_deref(), Some("teen"));
    assert_eq!(
        route("openline://report%2Finstagram").as_deref(),
        Some("report/instagram")
    );
    assert_eq!(route("openline://").as_deref(), Some("home"));
    assert_eq!(route("openline:").as_deref(), Some("home"));
}

#[test]
fn deep_links_to_nothing_are_left_for_the_screen_to_refuse() {
    let route = |link: &str| deep_link_route(link);
    assert_eq!(route("openline://missing").as_deref(), Some("missing"));
    assert_eq!(route("openline://teen?x=1").as_deref(), Some("teen?x=1"));
    assert_eq!(route("openline://%FF").as_deref(), Some("%FF"));
    assert_eq!(route("openline://50%").as_deref(), Some("50%"));
    assert_eq!(route("openline://%+1").as_deref(), Some("%+1"));
}

#[test]
fn other_links_are_not_deep_links() {
    for link in [
        "https://openline.example/teen",
        "tel:999",
        "teen",
        "",
        "openlines://teen",
    ] {
        assert_eq!(deep_link_route(link), None, "{link}");
    }
}

proptest! {
    #[test]
    fn a_deep_link_to_any_route_gives_it_back(route in any_route()) {
        let text = route.to_string();
        prop_assert_eq!(deep_link_route(&format!("openline://{text}")), Some(text.clone()));
        prop_assert_eq!(deep_link_route(&format!("openline:{text}")), Some(text));
    }

    #[test]
    fn no_link_makes_deep_links_panic(input in "(openline:(//)?)?.{0,80}") {
        let _ = deep_link_route(&input);
    }
}
