//! Short names for the main module's imports from its glue.
//!
//! wasm-bindgen names each function the glue hands the wasm after the Rust
//! it binds plus a hash (`__wbg_setAttribute_1c2d3e4f5a6b7c8d`), and the
//! module they come from after the glue's file (`./sme-explorer-<hash>_bg.js`).
//! Each name is written twice, in the wasm's import section and as a key of
//! the glue's imports object, and the module's name once per import: about
//! 15 KB of text that compresses poorly (the hashes). `shorten` renames them
//! in both files at once to `a`, `b`, … `ab`, … and the module to `w`: about
//! 6 KB gzip less in every first visit (docs/performance.md).
//!
//! The glue is wasm-bindgen's unminified output, where each import is one
//! key `NAME: function(…)` of the imports object and the module's name one
//! quoted key. A name found anywhere else, or not exactly once, is an error:
//! the build stops rather than ship a glue that does not match its wasm.

/// The import module's short name.
const MODULE: &str = "w";

/// The wasm and the glue with the imports from `module` (the glue's own
/// file, as the wasm names it) renamed.
pub fn shorten(wasm: &[u8], glue: &str, module: &str) -> Result<(Vec<u8>, String), String> {
    let sections = sections(wasm)?;
    let mut out = wasm[..8].to_vec();
    let mut renamed: Vec<(String, String)> = Vec::new();
    for (id, body) in sections {
        let body = if id == IMPORT_SECTION { rename_imports(body, module, &mut renamed)? } else { body.to_vec() };
        out.push(id);
        leb(&mut out, body.len() as u32);
        out.extend_from_slice(&body);
    }
    if renamed.is_empty() {
        return Err(format!("the main module imports nothing from {module}"));
    }
    let mut glue = replace_once(glue, &format!("\"{module}\""), &format!("\"{MODULE}\""))?;
    for (long, short) in &renamed {
        glue = rename_key(&glue, long, short)?;
    }
    Ok((out, glue))
}

const IMPORT_SECTION: u8 = 2;

/// The module's sections, as (id, body), after the 8-byte header.
fn sections(wasm: &[u8]) -> Result<Vec<(u8, &[u8])>, String> {
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("not a wasm module".into());
    }
    let mut at = 8;
    let mut out = Vec::new();
    while at < wasm.len() {
        let id = wasm[at];
        let (len, next) = read_leb(wasm, at + 1)?;
        let end = next.checked_add(len as usize).filter(|&e| e <= wasm.len()).ok_or("a section runs past the module's end")?;
        out.push((id, &wasm[next..end]));
        at = end;
    }
    Ok(out)
}

/// The import section with the names of `module`'s imports shortened,
/// recording each (long, short) pair in `renamed`.
fn rename_imports(body: &[u8], module: &str, renamed: &mut Vec<(String, String)>) -> Result<Vec<u8>, String> {
    let (count, mut at) = read_leb(body, 0)?;
    let mut out = Vec::with_capacity(body.len());
    leb(&mut out, count);
    for _ in 0..count {
        let (from, next) = read_name(body, at)?;
        let (name, next) = read_name(body, next)?;
        let description = next;
        let end = skip_description(body, description)?;
        if from == module {
            let short = short_name(renamed.len());
            write_name(&mut out, MODULE);
            write_name(&mut out, &short);
            renamed.push((name.to_string(), short));
        } else {
            write_name(&mut out, from);
            write_name(&mut out, name);
        }
        out.extend_from_slice(&body[description..end]);
        at = end;
    }
    if at != body.len() {
        return Err("the import section has bytes after its last import".into());
    }
    Ok(out)
}

/// Where the import description at `at` ends.
fn skip_description(body: &[u8], at: usize) -> Result<usize, String> {
    let kind = *body.get(at).ok_or("an import without a kind")?;
    let at = at + 1;
    let limits = |at: usize| -> Result<usize, String> {
        let flags = *body.get(at).ok_or("limits without flags")?;
        let (_, at) = read_leb(body, at + 1)?;
        if flags & 1 == 1 {
            Ok(read_leb(body, at)?.1)
        } else {
            Ok(at)
        }
    };
    match kind {
        0 => Ok(read_leb(body, at)?.1),
        // A table: its element type (one byte here), then its limits.
        1 => limits(at + 1),
        2 => limits(at),
        // A global: its value type (one byte here) and mutability.
        3 => Ok(at + 2),
        // A tag: its attribute, then its type.
        4 => Ok(read_leb(body, at + 1)?.1),
        other => Err(format!("an import of unknown kind {other}")),
    }
}

/// `a`, `b`, … `Z`, `ab`, `bb`, …: never a name the glue's imports object
/// already has (those start with `__`).
fn short_name(mut i: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = String::new();
    loop {
        name.push(LETTERS[i % LETTERS.len()] as char);
        i /= LETTERS.len();
        if i == 0 {
            return name;
        }
    }
}

/// The glue with the object key `long` (a whole word followed by `:`)
/// renamed; an error unless `long` occurs exactly once, as that key.
fn rename_key(glue: &str, long: &str, short: &str) -> Result<String, String> {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let found: Vec<usize> = glue
        .match_indices(long)
        .map(|(i, _)| i)
        .filter(|&i| !glue[..i].ends_with(word) && !glue[i + long.len()..].starts_with(word))
        .collect();
    let [at] = found[..] else {
        return Err(format!("the glue names the import {long} {} times, not once", found.len()));
    };
    if !glue[at + long.len()..].trim_start().starts_with(':') {
        return Err(format!("the glue names the import {long} other than as a key"));
    }
    Ok(format!("{}{short}{}", &glue[..at], &glue[at + long.len()..]))
}

fn replace_once(text: &str, from: &str, to: &str) -> Result<String, String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!("the glue names {from} {n} times, not once")),
    }
}

fn read_leb(bytes: &[u8], mut at: usize) -> Result<(u32, usize), String> {
    let mut value: u32 = 0;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(at).ok_or("a number runs past the end")?;
        at += 1;
        value |= u32::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
    }
    Err("a number longer than 5 bytes".into())
}

fn read_name(bytes: &[u8], at: usize) -> Result<(&str, usize), String> {
    let (len, at) = read_leb(bytes, at)?;
    let end = at.checked_add(len as usize).filter(|&e| e <= bytes.len()).ok_or("a name runs past the end")?;
    let name = std::str::from_utf8(&bytes[at..end]).map_err(|_| "a name that is not UTF-8")?;
    Ok((name, end))
}

fn leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn write_name(out: &mut Vec<u8>, name: &str) {
    leb(out, name.len() as u32);
    out.extend_from_slice(name.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions from the glue, a memory from
    /// elsewhere and a table from the glue, with a type and a custom section
    /// around them.
    fn module(glue_module: &str) -> Vec<u8> {
        let mut imports = Vec::new();
        leb(&mut imports, 4);
        for (from, name, description) in [
            (glue_module, "__wbg_new_0123456789abcdef", &[0u8, 0][..]),
            ("./part-h.js", "__wasm_split_load_a", &[0, 0]),
            (glue_module, "__wbindgen_init_externref_table", &[0, 0]),
            ("env", "memory", &[2, 1, 17, 200, 1]),
        ] {
            write_name(&mut imports, from);
            write_name(&mut imports, name);
            imports.extend_from_slice(description);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        // Type section: one type, () -> ().
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        wasm.push(2);
        leb(&mut wasm, imports.len() as u32);
        wasm.extend_from_slice(&imports);
        // A custom section named "x".
        wasm.extend_from_slice(&[0, 3, 1, b'x', 9]);
        wasm
    }

    fn imports_of(wasm: &[u8]) -> Vec<(String, String)> {
        let (_, body) = sections(wasm).expect("sections").into_iter().find(|(id, _)| *id == IMPORT_SECTION).expect("imports");
        let (count, mut at) = read_leb(body, 0).expect("count");
        (0..count)
            .map(|_| {
                let (from, next) = read_name(body, at).expect("module");
                let (name, next) = read_name(body, next).expect("name");
                at = skip_description(body, next).expect("description");
                (from.to_string(), name.to_string())
            })
            .collect()
    }

    const GLUE: &str = "function __wbg_get_imports() {\n    const import0 = {\n        __proto__: null,\n        __wbg_new_0123456789abcdef: function() { return new Object(); },\n        __wbindgen_init_externref_table: function() {},\n    };\n    return { __proto__: null, \"./glue_bg.js\": import0, \"./part-h.js\": import1 };\n}\n";

    #[test]
    fn the_glues_imports_are_renamed_in_both_files_and_nothing_else() {
        let wasm = module("./glue_bg.js");
        let (short, glue) = shorten(&wasm, GLUE, "./glue_bg.js").expect("shortened");
        assert_eq!(
            imports_of(&short),
            [("w", "a"), ("./part-h.js", "__wasm_split_load_a"), ("w", "b"), ("env", "memory")]
                .map(|(m, n)| (m.to_string(), n.to_string()))
        );
        assert!(short.len() < wasm.len());
        // The sections around the imports are kept byte for byte.
        assert_eq!(&short[..14], &wasm[..14]);
        assert!(short.ends_with(&[0, 3, 1, b'x', 9]));
        assert!(glue.contains("        a: function() { return new Object(); },\n        b: function() {},\n"), "{glue}");
        assert!(glue.contains("{ __proto__: null, \"w\": import0, \"./part-h.js\": import1 }"), "{glue}");
        assert!(!glue.contains("__wbg_new") && glue.contains("function __wbg_get_imports()"), "{glue}");
    }

    #[test]
    fn a_glue_that_does_not_name_an_import_exactly_once_as_a_key_is_an_error() {
        let wasm = module("./glue_bg.js");
        let twice = GLUE.replace("return new Object();", "return __wbg_new_0123456789abcdef;");
        assert!(shorten(&wasm, &twice, "./glue_bg.js").expect_err("twice").contains("2 times"));
        let missing = GLUE.replace("__wbindgen_init_externref_table", "__wbindgen_other");
        assert!(shorten(&wasm, &missing, "./glue_bg.js").expect_err("missing").contains("0 times"));
        let not_a_key = GLUE.replace("__wbindgen_init_externref_table: function() {},", "x: __wbindgen_init_externref_table,");
        assert!(shorten(&wasm, &not_a_key, "./glue_bg.js").expect_err("not a key").contains("other than as a key"));
        // Nothing imported from the glue's module.
        assert!(shorten(&wasm, GLUE, "./other_bg.js").is_err());
    }

    #[test]
    fn short_names_are_distinct_and_never_the_glues_own() {
        let names: std::collections::BTreeSet<String> = (0..3000).map(short_name).collect();
        assert_eq!(names.len(), 3000);
        assert!(names.iter().all(|n| n.chars().all(|c| c.is_ascii_alphabetic()) && n.len() <= 3));
        assert_eq!((short_name(0), short_name(51), short_name(52)), ("a".into(), "Z".into(), "ab".into()));
    }

    #[test]
    fn a_truncated_module_is_an_error_not_a_panic() {
        let wasm = module("./glue_bg.js");
        for len in 0..wasm.len() {
            let _ = shorten(&wasm[..len], GLUE, "./glue_bg.js");
        }
        assert!(shorten(b"not wasm", GLUE, "./glue_bg.js").is_err());
    }
}
