//! Writes the site's open data files into a directory (Trunk runs this as a
//! post-build hook with the staging directory): `dataset.json` and one CSV
//! per table under `data/`. Fails, naming file, record and problem, if the
//! data does not validate.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(data_dir), Some(out_dir)) = (args.next(), args.next()) else {
        eprintln!("usage: export-site-data DATA_DIR OUT_DIR");
        return ExitCode::FAILURE;
    };
    let sources = match explorer_core::load::load_dir(&PathBuf::from(&data_dir)) {
        Ok(sources) => sources,
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            return ExitCode::FAILURE;
        }
    };
    let dataset = explorer_core::Dataset::new(sources);
    let problems = explorer_core::validate::check(&dataset);
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("{p}");
        }
        return ExitCode::FAILURE;
    }
    match explorer_core::export::write_site_files(&dataset, &PathBuf::from(&out_dir)) {
        Ok(written) => {
            for path in written {
                println!("wrote {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("export-site-data: {e}");
            ExitCode::FAILURE
        }
    }
}
