//! Tests for `pack.rs`, kept beside it in their own file.

use super::*;

fn pack() -> Pack {
    crate::authored_pack().clone()
}

#[test]
fn age_bands_round_trip_through_their_slugs() {
    for band in AgeBand::ALL {
        assert_eq!(AgeBand::from_slug(band.slug()), Some(band));
        // Routes and content spell a band the same way.
        let json = serde_json::to_string(&band).expect("serializes");
        assert_eq!(json, format!("\"{}\"", band.slug()));
        let back: AgeBand = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, band);
    }
    assert_eq!(AgeBand::ALL.map(AgeBand::slug), ["8-10", "11-13", "14-17"]);
    let mut sorted = AgeBand::ALL;
    sorted.sort();
    assert_eq!(sorted, AgeBand::ALL, "youngest first");
}

#[test]
fn unknown_age_slugs_are_refused() {
    for slug in [
        "", "8", "8-9", "14-18", "14_17", " 8-10", "8-10 ", "Age8To10",
    ] {
        assert_eq!(AgeBand::from_slug(slug), None, "{slug:?}");
    }
    assert!(serde_json::from_str::<AgeBand>("\"Age8To10\"").is_err());
}

#[test]
fn moments_round_trip_through_their_slugs() {
    for moment in Moment::ALL {
        assert_eq!(Moment::from_slug(moment.slug()), Some(moment));
        let json = serde_json::to_string(&moment).expect("serializes");
        assert_eq!(json, format!("\"{}\"", moment.slug()));
        let back: Moment = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, moment);
    }
    let slugs: std::collections::BTreeSet<&str> = Moment::ALL.map(Moment::slug).into();
    assert_eq!(slugs.len(), Moment::ALL.len());
    for slug in ["", "new_device", "New-Device", "newdevice", "holiday"] {
        assert_eq!(Moment::from_slug(slug), None, "{slug:?}");
    }
}

#[test]
fn channel_kinds_are_spelled_as_in_the_content() {
    let kinds = [
        (ChannelKind::Emergency, "emergency"),
        (ChannelKind::Police, "police"),
        (ChannelKind::Exploitation, "exploitation"),
        (ChannelKind::Takedown, "takedown"),
        (ChannelKind::TeenHelpline, "teen-helpline"),
        (ChannelKind::ParentHelpline, "parent-helpline"),
    ];
    for (kind, slug) in kinds {
        let json = serde_json::to_string(&kind).expect("serializes");
        assert_eq!(json, format!("\"{slug}\""));
        assert_eq!(kind.slug(), slug);
    }
}

#[test]
fn the_real_content_round_trips_through_json() {
    let pack = pack();
    let json = serde_json::to_string(&pack).expect("serializes");
    let back: Pack = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, pack);
    let pretty = serde_json::to_string_pretty(&pack).expect("serializes");
    let back: Pack = serde_json::from_str(&pretty).expect("deserializes");
    assert_eq!(back, pack);
}

#[test]
fn a_pack_without_translations_reads_as_english_only() {
    let mut value = serde_json::to_value(pack()).expect("serializes");
    value
        .as_object_mut()
        .expect("an object")
        .remove("translations");
    let back: Pack = serde_json::from_value(value).expect("deserializes");
    assert!(back.translations.is_empty());
    assert_eq!(back.regions, pack().regions);
}

#[test]
fn optional_channel_fields_default_to_absent() {
    let channel: Channel =
        serde_json::from_str(r#"{"id": "gb-x", "kind": "police", "name": "X", "sources": ["2"]}"#)
            .expect("deserializes");
    assert_eq!(channel.detail, "");
    assert_eq!(channel.call, None);
    assert_eq!(channel.text, None);
    assert_eq!(channel.web, None);
}

#[test]
fn a_pack_with_an_unknown_field_is_refused() {
    let mut value = serde_json::to_value(pack()).expect("serializes");
    value["colour"] = "red".into();
    assert!(serde_json::from_value::<Pack>(value).is_err());

    let mut value = serde_json::to_value(pack()).expect("serializes");
    value["regions"][0]["channels"][0]["phone"] = "999".into();
    let err = serde_json::from_value::<Pack>(value).expect_err("refused");
    assert!(err.to_string().contains("phone"), "{err}");

    let mut value = serde_json::to_value(pack()).expect("serializes");
    value["regions"][0]["channels"][0]["kind"] = "hotline".into();
    assert!(serde_json::from_value::<Pack>(value).is_err());
}
