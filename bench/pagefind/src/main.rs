// Indexes a built site with the pagefind crate (default features off) and
// writes its bundle into SITE/pagefind/.
#[tokio::main]
async fn main() {
    let site = std::env::args().nth(1).expect("usage: pf-eval SITE_DIR");
    let mut index = pagefind::api::PagefindIndex::new(None).expect("index");
    let n = index.add_directory(site.clone(), None).await.expect("add");
    index.write_files(Some(format!("{site}/pagefind"))).await.expect("write");
    println!("indexed {n} pages into {site}/pagefind");
}
