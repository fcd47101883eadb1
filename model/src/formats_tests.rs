//! Tests for `formats.rs`, kept beside it in their own file.

use super::*;
use crate::pack::Region;

fn bare_region(code: &str, calling_code: &str) -> Region {
    Region {
        code: code.to_owned(),
        name: code.to_owned(),
        reviewed: "2026-01-01".to_owned(),
        calling_code: calling_code.to_owned(),
        hemisphere: Default::default(),
        channels: Vec::new(),
    }
}

#[test]
fn is_slug_accepts_only_lowercase_digits_and_dashes() {
    for id in ["gb-999", "dont-pay", "x", "14-17", "-"] {
        assert!(is_slug(id), "{id}");
    }
    for id in ["", "Dont-pay", "dont pay", "dont_pay", "über", "a.b", "a/b"] {
        assert!(!is_slug(id), "{id}");
    }
}

#[test]
fn is_https_url_accepts_plain_https_addresses() {
    for url in [
        "https://www.ceop.police.uk/Safety-Centre/",
        "https://takeitdown.ncmec.org",
        "https://help.instagram.com/contact/?x=1#top",
        "https://report.cybertip.org/",
    ] {
        assert!(is_https_url(url), "{url}");
    }
}

#[test]
fn is_https_url_refuses_other_schemes_and_malformed_addresses() {
    for url in [
        "",
        "http://www.ceop.police.uk/",
        "HTTPS://www.ceop.police.uk/",
        "javascript:alert(1)",
        "https:javascript:alert(1)",
        "www.ceop.police.uk",
        "https://",
        "https://localhost/",
        "https://www.ceop.police.uk/Safety Centre/",
        "https://www.ceop.police.uk/ ",
        " https://www.ceop.police.uk/",
        "https://www.ceop.police.uk/\"onclick=\"x",
        "https://www.ceop.police.uk/'x'",
        "https://www.ceop.police.uk/<script>",
        "https://www.ceop.police.uk\\@evil.example/",
        "https://user@evil.example/",
        "https://www.ceop.police.uk:8443/",
        "https://www.ceop.police.uk/\n",
        "https://exa mple.org/",
    ] {
        assert!(!is_https_url(url), "{url:?}");
    }
}

#[test]
fn is_https_url_refuses_hosts_with_empty_labels() {
    for url in [
        "https://./",
        "https://.org/",
        "https://example./",
        "https://example..org/",
    ] {
        assert!(!is_https_url(url), "{url:?}");
    }
}

#[test]
fn dial_digits_keeps_digits_and_plus() {
    assert_eq!(dial_digits("0800 1111"), "08001111");
    assert_eq!(dial_digits("+44 20 7946 0000"), "+442079460000");
    assert_eq!(dial_digits("1-800-843-5678"), "18008435678");
    assert_eq!(dial_digits("13 11 14"), "131114");
    assert_eq!(dial_digits("999"), "999");
    assert_eq!(dial_digits(""), "");
}

#[track_caller]
fn assert_numbers(region: &Region, valid: &[&str], invalid: &[&str]) {
    for number in valid {
        assert_eq!(
            check_number(region, number),
            Ok(()),
            "{number} in {}",
            region.code
        );
    }
    for number in invalid {
        assert!(
            check_number(region, number).is_err(),
            "{number} should be refused in {}",
            region.code
        );
    }
}

#[test]
fn check_number_follows_the_uk_plan() {
    assert_numbers(
        &bare_region("GB", "44"),
        &[
            "0800 1111",
            "999",
            "101",
            "116 123",
            "+44 20 7946 0000",
            "020 7946 0000",
            "0808 800 5000",
            "0345 6000 459",
            "0800-1111",
        ],
        &[
            "0800 CHILD",
            "call 999",
            "+1 800 843 5678",
            "+1",
            "+44 20",
            "+44 20 7946 0000 0000",
            "0800 111",
            "12",
            "020 7946 0000 0",
            "0800+1111",
            "44+20 7946 0000",
            "++44 20 7946 0000",
            "(020) 7946 0000",
            "2079460000",
        ],
    );
}

#[test]
fn check_number_follows_the_north_american_plan() {
    for code in ["US", "CA"] {
        assert_numbers(
            &bare_region(code, "1"),
            &[
                "1 800 843 5678",
                "911",
                "988",
                "800 843 5678",
                "877 447 4847",
                "+1 800 843 5678",
                "1-800-843-5678",
            ],
            &[
                "1 800 THE LOST",
                "+44 20 7946 0000",
                "0 800 843 5678",
                "2 800 843 5678",
                "800 843 567",
                "1 800 843 56789",
                "080 843 5678",
                "180 843 5678",
                "1 800+843 5678",
            ],
        );
    }
}

#[test]
fn check_number_follows_the_australian_plan() {
    // 13 11 14 is six digits: a short number, like 000.
    assert_numbers(
        &bare_region("AU", "61"),
        &[
            "1800 55 1800",
            "13 11 14",
            "000",
            "1800 333 000",
            "02 9999 9999",
            "+61 2 9999 9999",
        ],
        &[
            "1800 55 180",
            "1800 55 18000",
            "9999 9999 99",
            "+44 20 7946 0000",
            "13 11 14 x",
        ],
    );
}

#[test]
fn check_number_follows_the_new_zealand_and_irish_plans() {
    assert_numbers(
        &bare_region("NZ", "64"),
        &["111", "0508 638 723", "+64 9 123 4567"],
        &["508 638 723", "0508 638 72312 3"],
    );
    assert_numbers(
        &bare_region("IE", "353"),
        &[
            "112",
            "999",
            "1800 66 66 66",
            "01 522 4300",
            "+353 1 522 4300",
        ],
        &[
            "1850 66 66 66",
            "1800 66 66",
            "01 522 430012",
            "+44 1 522 4300",
        ],
    );
}

#[test]
fn check_number_follows_the_singapore_and_dutch_plans() {
    assert_numbers(
        &bare_region("SG", "65"),
        &[
            "999",
            "1800 255 0000",
            "1800 2744 788",
            "6389 2222",
            "+65 6389 2222",
        ],
        &["1800 255 000", "5389 2222", "0800 255 0000"],
    );
    assert_numbers(
        &bare_region("NL", "31"),
        &[
            "112",
            "0900 8844",
            "0800 0432",
            "020 261 52 75",
            "+31 20 261 5275",
        ],
        &["0900 884", "20 261 52 75", "0700 8844", "020 261 52 7"],
    );
}

#[test]
fn the_fallback_region_takes_only_short_numbers() {
    assert_numbers(
        &bare_region("INTL", ""),
        &["112", "911"],
        &["+44 20 7946 0000", "0800 1111", "1 800 843 5678"],
    );
}

#[test]
fn a_region_without_a_national_plan_takes_short_and_international_numbers() {
    assert_numbers(
        &bare_region("DE", "49"),
        &["110", "+49 30 1234567"],
        &["030 1234567", "+44 20 7946 0000"],
    );
}

#[test]
fn check_number_says_why() {
    let gb = bare_region("GB", "44");
    let reason = |number| check_number(&gb, number).expect_err("refused");
    assert!(reason("0800 CHILD").contains("can't dial"));
    assert!(reason("0800+1111").contains("not at the start"));
    assert!(reason("+1 800 843 5678").contains("+44"));
    assert!(reason("+44 20").contains("E.164"));
    assert!(reason("0800 111").contains("region GB"));
}
