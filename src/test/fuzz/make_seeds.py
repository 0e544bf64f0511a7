#!/usr/bin/env python3
"""Writes the committed Jazzer seed corpus (regression inputs run by `mvn verify`).

Run from the project root: python3 src/test/fuzz/make_seeds.py
The Arabic sentences are the project's own. Crash inputs found by longer fuzzing runs are added
to the same folders by Jazzer itself (crash-<sha1>) and must be kept: they are regression tests.
"""
import io
import os
import zipfile

ROOT = "src/test/resources/org/mizan/robust"

AR = ("قال وزير المالية أحمد سعيد إن العجز بلغ 3.5 مليار دولار في عام 2024.\n"
      "ونفى الناطق باسم الحكومة أن يكون العجز قد بلغ ٥ مليارات دولار.\n"
      "وذكرت صحيفة الأهرام أن عدد الضحايا ارتفع إلى ١٢٠ شخصا يوم الخميس 3 مارس 2025.\n"
      "ونقلت وكالة الأنباء عن أربعة مصادر أن نحو ٣٠٠ جندي وصلوا إلى الميناء.\n"
      "قالت فاطمة الزهراء: «لن نقبل بأقل من 20% من الميزانية».\n")
SHORT = "قال مسؤول رفيع إن المفاوضات انتهت."


def put(folder, name, data):
    d = os.path.join(ROOT, folder)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def text_seeds(folder):
    put(folder, "utf8-article", AR)
    put(folder, "utf8-bom", b"\xef\xbb\xbf" + AR.encode())
    put(folder, "utf16le-bom", b"\xff\xfe" + AR.encode("utf-16-le"))
    put(folder, "utf16be-nobom", AR.encode("utf-16-be"))
    put(folder, "windows-1256", AR.replace("«", '"').replace("»", '"').encode("cp1256", "replace"))
    put(folder, "iso-8859-6", SHORT.encode("iso8859_6"))
    put(folder, "broken-utf8", AR.encode()[:-7] + b"\xc3\x28\xa0\xa1\xe2\x82" + SHORT.encode())
    put(folder, "cut-inside-char", AR.encode()[:101])
    put(folder, "crlf-tabs-nbsp", AR.replace("\n", "\r\n").replace(" ", "\u00a0\t"))
    put(folder, "bidi-and-marks", "\u202b" + SHORT + "\u202c\u2067" + "\u064e\u0651\u0652" * 5 + "\u2069\u200f")
    put(folder, "tatweel", "قـــــــــال" + "\u0640" * 500 + " إن")
    put(folder, "digits", "١٢٣٤٥٦٧٨٩٠" * 30 + " 1,000,000.5 ۱۲۳ ٢٫٥٪")
    put(folder, "unbalanced", "«قال (إن [العجز \"بلغ «« ((( " + SHORT)
    put(folder, "nul-bytes", b"\x00\x00" + SHORT.encode() + b"\x00")
    put(folder, "pdf-magic", b"%PDF-1.7\n" + SHORT.encode())
    put(folder, "blank", "   \n\t  \n")
    put(folder, "long-line", "قال" * 3000)


def markdown_seeds():
    f = "ReaderFuzzTestInputs/markdown"
    text_seeds(f)
    put(f, "front-matter", "---\ntitle: \"العجز في الميزانية\"\ndate: 2024-01-24\noutlet: صحيفة الغد\n---\n\n# عنوان\n\n" + AR)
    put(f, "broken-front-matter", "---\ntitle: بلا نهاية\n" + AR)
    put(f, "lists-quotes-code", "1. أولا " + SHORT + "\n2. ثانيا\n   - فرعي **غامق** _مائل_\n\n> اقتباس\n>> متداخل\n\n```\nكود\n```\n\n[رابط](http://127.0.0.1:9/x) ![صورة](http://127.0.0.1:9/i.png)\n")
    put(f, "html-block", "<div>\n<p>" + SHORT + "</p>\n<script>alert(1)</script>\n</div>\n\n" + AR)
    put(f, "deep-nesting", ">" * 500 + " " + SHORT + "\n" + "- " * 300 + SHORT + "\n" + "[" * 500 + "x" + "]" * 10)
    put(f, "entities", "&#xD800; &#0; &#x110000; &amp;&lt;&nbsp;&#1575;&#x644; " + SHORT)
    put(f, "setext-and-tables", "عنوان\n=====\n\n| أ | ب |\n|---|---|\n| ١ | ٢ |\n\n" + SHORT)


def html_page(body, head=""):
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">" + head
            + "</head><body>" + body + "</body></html>")


def html_seeds():
    f = "ReaderFuzzTestInputs/html"
    paras = "".join("<p>" + line + "</p>" for line in AR.strip().split("\n"))
    head = ("<title>العجز - صحيفة الغد</title><meta property=\"og:site_name\" content=\"صحيفة الغد\">"
            "<meta property=\"article:published_time\" content=\"2024-01-24T10:00:00+02:00\">"
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"العجز\","
            "\"datePublished\":\"2024-01-24\",\"publisher\":{\"name\":\"الغد\"}}</script>")
    put(f, "article", html_page("<header>قائمة</header><article><h1>العجز</h1>" + paras
                                + "</article><aside class=\"related\">روابط</aside><footer>حقوق</footer>", head))
    put(f, "windows-1256-declared", html_page("<p>" + SHORT + "</p>").replace("utf-8", "windows-1256")
        .encode("cp1256", "replace"))
    put(f, "latin1-declared-arabic-bytes", html_page("<p>" + SHORT + "</p>").replace("utf-8", "iso-8859-1")
        .encode("utf-8"))
    put(f, "broken-ld-json", html_page(paras, "<script type=\"application/ld+json\">{\"headline\": [}</script>"))
    put(f, "unclosed-tags", "<html><body><div><p>" + SHORT + "<p><b><i>" + AR + "<table><tr><td>١")
    put(f, "deep-nesting", "<html><body>" + "<div>" * 3000 + SHORT + "</span>" * 10)
    put(f, "remote-resources", html_page(
        "<img src=\"http://127.0.0.1:9/a.png\"><iframe src=\"http://127.0.0.1:9/f\"></iframe>"
        "<script src=\"http://127.0.0.1:9/s.js\"></script><link rel=\"stylesheet\" href=\"http://127.0.0.1:9/c.css\">"
        "<object data=\"http://127.0.0.1:9/o\"></object>" + paras,
        "<base href=\"http://127.0.0.1:9/\"><meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:9/\">"))
    put(f, "xxe-doctype", "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        "<html><body><p>&x; " + SHORT + "</p></body></html>")
    put(f, "entities", html_page("<p>&#xD800;&#xDC00; &#0; &#x110000; &nbsp;&zwnj;&rlm; " + SHORT + "</p>"))
    put(f, "only-scripts", html_page("<script>var a='" + SHORT + "';</script><style>p{}</style>"))
    put(f, "hidden-and-clutter", html_page("<div class=\"share ad-box\" id=\"sidebar\"><p>" + SHORT
                                           + "</p></div><p hidden>مخفي</p><main>" + paras + "</main>"))
    put(f, "bom-utf16", b"\xff\xfe" + html_page(paras).encode("utf-16-le"))
    put(f, "not-html", SHORT)


def docx_xml(body_xml, declaration=True):
    head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" if declaration else ""
    return (head + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            "<w:body>" + body_xml + "</w:body></w:document>")


def para(text):
    return "<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"


CONTENT_TYPES = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                 "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                 "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                 "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                 "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                 "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                 "</Types>")
RELS = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        "</Relationships>")
CORE = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>العجز في الميزانية</dc:title></cp:coreProperties>")


def docx(document_xml, extra=(), compress=zipfile.ZIP_DEFLATED, doc_rels=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compress) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("word/document.xml", document_xml)
        if doc_rels:
            z.writestr("word/_rels/document.xml.rels", doc_rels)
        for name, data in extra:
            z.writestr(name, data)
    return buf.getvalue()


def docx_seeds():
    f = "ReaderFuzzTestInputs/docx"
    body = "".join(para(line) for line in AR.strip().split("\n"))
    table = ("<w:tbl><w:tr><w:tc>" + para("العدد") + "</w:tc><w:tc>" + para("١٢٠") + "</w:tc></w:tr></w:tbl>")
    good = docx(docx_xml(body + table))
    put(f, "article", good)
    put(f, "stored-not-deflated", docx(docx_xml(body), compress=zipfile.ZIP_STORED))
    put(f, "truncated", good[: len(good) // 2])
    put(f, "no-document-part", docx(docx_xml(body))[:0] + zip_only([("a.txt", SHORT)]))
    put(f, "empty-body", docx(docx_xml("")))
    put(f, "xxe", docx("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                       + docx_xml(para("&x;" + SHORT), declaration=False)))
    put(f, "billion-laughs", docx("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"قال\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                  "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + docx_xml(para("&c;"), declaration=False)))
    put(f, "zip-bomb", docx(docx_xml(para("ـ" * 2_000_000))))
    put(f, "external-image-relationship", docx(
        docx_xml(body), doc_rels="<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
        "Target=\"http://127.0.0.1:9/x.png\" TargetMode=\"External\"/></Relationships>"))
    put(f, "not-a-zip", b"PK\x03\x04" + SHORT.encode())

    x = "ReaderFuzzTestInputs/docxDocumentXml"
    put(x, "paragraphs", docx_xml(body))
    put(x, "table", docx_xml(table))
    put(x, "xxe", "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + docx_xml(para("&x;"), False))
    put(x, "deep-nesting", docx_xml("<w:p>" * 2000 + "<w:r><w:t>" + SHORT + "</w:t></w:r>"))
    put(x, "broken", docx_xml(para(SHORT))[:-30])
    put(x, "utf16", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>".encode("utf-16") + docx_xml(para(SHORT), False).encode("utf-16-le"))
    put(x, "control-chars", docx_xml(para("\u202b" + SHORT + "\u202c&#x1;&#xFFFF;")))


def zip_only(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries:
            z.writestr(name, data)
    return buf.getvalue()


def pipeline_seeds():
    f = "PipelineFuzzTestInputs/utf8"
    put(f, "article", AR)
    put(f, "short", SHORT)
    put(f, "mixed-digits", "بلغ العجز ١٬٢٠٠٫٥ مليون و1,200.5 مليار و۳۴۵ ألف دولار بين 10 و٢٠ بالمئة")
    put(f, "nested-attribution", "ونقلت رويترز عن مصادر مطلعة قولها إن الوزير أكد أن المفاوضات لم تنته، بحسب الصحيفة.")
    put(f, "denial-pair", "قال الوزير إن العجز بلغ 3 مليارات دولار. ونفى المتحدث أن يكون العجز بلغ 3 مليارات دولار.")
    put(f, "bidi", "\u202eقال\u202c \u2067الوزير\u2069 \u200fإن\u200e 5%")
    put(f, "marks-alone", "\u064e\u0651\u0652\u0670" * 20)
    put(f, "quotes", "قال: «إن (العجز [بلغ \"٣ \u201cمليارات")
    g = "PipelineFuzzTestInputs/utf16"
    put(g, "article", AR.encode("utf-16-be"))
    put(g, "lone-surrogates", (SHORT + "\ud83d").encode("utf-16-be", "surrogatepass") + b"\xdc\x00\x06\x27")
    w = "PipelineFuzzTestInputs/windows1256"
    put(w, "article", AR.replace("«", '"').replace("»", '"').encode("cp1256", "replace"))


if __name__ == "__main__":
    for folder in ("txt",):
        text_seeds("ReaderFuzzTestInputs/" + folder)
    markdown_seeds()
    html_seeds()
    docx_seeds()
    pipeline_seeds()
