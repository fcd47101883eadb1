//! The formats facts must take: ids, `https` addresses, and phone numbers for each region's
//! numbering plan.

use crate::pack::Region;

/// True for ids made of lowercase letters, digits and `-`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// True for `https://host/...` with no spaces, quotes or angle brackets.
pub fn is_https_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.contains('.')
        && host.split('.').all(|label| !label.is_empty())
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && !url
            .bytes()
            .any(|b| b.is_ascii_whitespace() || b"\"'<>\\".contains(&b))
}

/// The digits to dial: spaces and dashes removed, a leading `+` kept.
pub fn dial_digits(display: &str) -> String {
    display
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

/// Emergency numbers and short codes: 3 to 6 digits, never a 0 prefix (a national number cut
/// short) unless all zeros, like Australia's 000.
pub fn is_short_code(number: &str) -> bool {
    (3..=6).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && (!number.starts_with('0') || number.bytes().all(|b| b == b'0'))
}

/// Checks a number written for display against its region's numbering plan.
pub fn check_number(region: &Region, display: &str) -> Result<(), String> {
    if !display
        .chars()
        .all(|c| c.is_ascii_digit() || c == ' ' || c == '-' || c == '+')
    {
        return Err(format!("\"{display}\" holds characters a phone can't dial"));
    }
    let digits = dial_digits(display);
    if digits.rfind('+').is_some_and(|at| at != 0) {
        return Err(format!("\"{display}\" has a + that is not at the start"));
    }
    if let Some(international) = digits.strip_prefix('+') {
        return if region.calling_code.is_empty() || !international.starts_with(&region.calling_code)
        {
            Err(format!(
                "\"{display}\" does not start with +{}",
                region.calling_code
            ))
        } else if !(8..=15).contains(&international.len()) {
            Err(format!(
                "\"{display}\" has the wrong number of digits for E.164"
            ))
        } else {
            Ok(())
        };
    }
    if is_short_code(&digits) {
        return Ok(());
    }
    let length = digits.len();
    let national_ok = match region.code.as_str() {
        // UK numbers are 10 or 11 digits with the 0, and a few freephone lines such as
        // Childline's 0800 1111 are shorter.
        "GB" => digits.starts_with('0') && (8..=11).contains(&length),
        "US" | "CA" => {
            (length == 10 && !digits.starts_with(['0', '1']))
                || (length == 11 && digits.starts_with('1'))
        }
        "AU" => length == 10 && digits.starts_with(['0', '1']),
        "NZ" => digits.starts_with('0') && (9..=11).contains(&length),
        "IE" => {
            (digits.starts_with('0') && (9..=10).contains(&length))
                || (digits.starts_with("1800") && length == 10)
        }
        // Singapore: eight digits from 3, 6, 8 or 9, and 1800 freephone lines of 11 digits.
        "SG" => {
            (length == 8 && digits.starts_with(['3', '6', '8', '9']))
                || (length == 11 && digits.starts_with("1800"))
        }
        // The Netherlands: 0 and nine digits, or an 0800 or 090x service line of 8 or 11.
        "NL" => {
            let service = ["0800", "0900", "0906", "0909"]
                .iter()
                .any(|prefix| digits.starts_with(prefix));
            (length == 10 && digits.starts_with('0')) || (service && (length == 8 || length == 11))
        }
        _ => false,
    };
    if national_ok {
        Ok(())
    } else {
        Err(format!(
            "\"{display}\" is not a valid number for region {}",
            region.code
        ))
    }
}

#[cfg(test)]
#[path = "formats_tests.rs"]
mod tests;
