"""`practica build --pdf`: a PDF per card and model document beside its page, read back with pdftotext."""
import os
import pathlib
import subprocess

REPO = pathlib.Path(__file__).parents[2]


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_each_card_and_model_prints_to_a_pdf_beside_its_page(tmp_path):
    binary = os.environ.get("PRACTICA_BINARY", str(REPO / ".build/debug/practica"))
    output = tmp_path / "public"
    run = subprocess.run([binary, "build", "--site", str(REPO), "--output", str(output), "--pdf"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    pdfs = sorted(path.relative_to(output).as_posix() for path in output.rglob("*.pdf"))
    pages = sorted(f"{source.stem}/{kind}/{source.parent.name}"
                   for kind in ("practices", "models") for source in (REPO / "content" / kind).glob("*/*.md"))
    assert [pdf.rsplit("/", 1)[0] for pdf in pdfs] == pages, "one PDF beside every card and model page"
    assert not list(output.rglob(".print-*")), "the temporary print copies are removed"

    club = pdf_text(output / "ru/practices/foster-family-club/foster-family-club.pdf")
    assert "Клуб приемных семей" in club
    assert "1 000 000 – 10 000 000 ₽" in club.replace("\u00a0", " ").replace("\u202f", " ")
    assert "91%" in club
    assert "Найти практику" not in club, "no navigation or search box in print"

    mifgash = pdf_text(output / "he/practices/mifgash/mifgash.pdf")
    assert "מפגש" in mifgash
    model = pdf_text(output / "en/models/parents-as-partners-model/parents-as-partners-model.pdf")
    assert "Parents as Partners" in model


def test_without_a_browser_it_says_so_and_writes_no_pdf(tmp_path):
    binary = os.environ.get("PRACTICA_BINARY", str(REPO / ".build/debug/practica"))
    env = dict(os.environ, PATH="/nonexistent")
    run = subprocess.run([binary, "build", "--site", str(REPO), "--output", str(tmp_path / "public"), "--pdf"],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert "no PDFs written: headless Chromium is not installed" in run.stderr
    assert not list((tmp_path / "public").rglob("*.pdf"))
