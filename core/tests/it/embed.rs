//! The embed protocol's messages: their JSON shapes, and what a navigate
//! request may open.

use explorer_core::embed::{navigate_target, resize, view, Field, Inbound, Outbound, MAX_HEIGHT};

/// A message as the app sends it: the object its fields make.
fn sent(message: &impl Outbound) -> serde_json::Value {
    let fields = message.fields().into_iter().map(|(name, value)| {
        let value = match value {
            Field::Text(text) => serde_json::json!(text),
            Field::Number(n) => serde_json::json!(n),
        };
        (name.to_string(), value)
    });
    serde_json::Value::Object(fields.collect())
}

#[test]
fn messages_have_the_documented_shapes() {
    let (ours, lti) = resize(812.4);
    assert_eq!(serde_json::to_value(&ours).unwrap(), serde_json::json!({"type": "sme-explorer:resize", "height": 813}));
    assert_eq!(serde_json::to_value(&lti).unwrap(), serde_json::json!({"subject": "lti.frameResize", "height": 813}));
    assert_eq!(resize(f64::NAN).0.height, 0);
    assert_eq!(resize(1e12).0.height, MAX_HEIGHT);
    assert_eq!(
        serde_json::to_value(view("#/trace/a13", "Trace a13 · SME Innovation Explorer")).unwrap(),
        serde_json::json!({"type": "sme-explorer:view", "route": "#/trace/a13", "title": "Trace a13 · SME Innovation Explorer"})
    );
    // The app sends each as the object its fields make: the same shapes.
    assert_eq!(sent(&ours), serde_json::to_value(&ours).unwrap());
    assert_eq!(sent(&lti), serde_json::to_value(&lti).unwrap());
    let shown = view("#/firms?lang=zh", "企业 · SME Innovation Explorer");
    assert_eq!(sent(&shown), serde_json::to_value(&shown).unwrap());
}

#[test]
fn a_navigate_request_round_trips_and_goes_through_the_route_parser() {
    let message: Inbound = serde_json::from_str(r##"{"type": "sme-explorer:navigate", "route": "#/firms?study_abroad=yes"}"##).unwrap();
    assert_eq!(navigate_target(&message).as_deref(), Some("#/firms?study_abroad=yes"));
    let json = serde_json::to_string(&message).unwrap();
    assert_eq!(serde_json::from_str::<Inbound>(&json).unwrap(), message);
    for bad in [r#"{"type": "sme-explorer:navigate", "route": 5}"#, r#"{"type": "other"}"#, r#""just a string""#, r##"{"route": "#/"}"##] {
        assert!(serde_json::from_str::<Inbound>(bad).is_err(), "{bad}");
    }
    let outside = Inbound::Navigate { route: "javascript:alert(1)".into() };
    assert_eq!(navigate_target(&outside), None);
    let huge = Inbound::Navigate { route: format!("#/{}", "a".repeat(5000)) };
    assert_eq!(navigate_target(&huge), None);
    let unknown = Inbound::Navigate { route: "#/no/such/view".into() };
    assert_eq!(navigate_target(&unknown).as_deref(), Some("#/no/such/view"), "unknown routes get the usual message");
}
