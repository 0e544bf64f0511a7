package org.mizan.export.pdf;

import org.mizan.model.ContradictionKind;
import org.mizan.model.EntityType;
import org.mizan.model.FigureKind;
import org.mizan.model.ReviewStatus;

/** The words the PDF itself says (headings, field names, notes): Arabic for the reader, or English. */
public enum Labels {
    ARABIC, ENGLISH;

    boolean rtl() {
        return this == ARABIC;
    }

    String lang() {
        return this == ARABIC ? "ar" : "en";
    }

    private String t(String ar, String en) {
        return this == ARABIC ? ar : en;
    }

    String file() { return t("الملف", "File"); }
    String exported() { return t("تاريخ التصدير", "Exported"); }
    String outlet() { return t("المصدر الإعلامي", "Outlet"); }
    String published() { return t("تاريخ النشر", "Published"); }
    String article() { return t("نص المقال", "Article"); }
    String legend() { return t("دليل الألوان", "Legend"); }
    String contradictions() { return t("التناقضات", "Contradictions"); }
    String noContradictions() { return t("لم يُعثر على تناقضات.", "No contradictions were found."); }
    String actorsIndex() { return t("فهرس الفاعلين", "Index of actors"); }
    String figuresIndex() { return t("فهرس الأرقام", "Index of figures"); }
    String none() { return t("لا يوجد.", "None."); }
    String nameColumn() { return t("الاسم", "Name"); }
    String type() { return t("النوع", "Type"); }
    String mentions() { return t("عدد الذكر", "Mentions"); }
    String figure() { return t("الرقم", "Figure"); }
    String kind() { return t("النوع", "Kind"); }
    String value() { return t("القيمة", "Value"); }
    String claim() { return t("ادعاء", "Claim"); }
    String firstClaim() { return t("الادعاء الأول", "First claim"); }
    String secondClaim() { return t("الادعاء الثاني", "Second claim"); }
    String source() { return t("المصدر", "Source"); }
    String noSource() { return t("غير منسوب", "unattributed"); }
    String anonymous() { return t("مصدر مجهول", "anonymous"); }
    String score() { return t("الدرجة", "Score"); }
    String explanation() { return t("التفسير", "Explanation"); }
    String decision() { return t("القرار", "Decision"); }
    String note() { return t("الملاحظة", "Note"); }
    String contradiction() { return t("تناقض", "Contradiction"); }
    String via() { return t("عبر", "via"); }
    String otherArticle() { return t("في مقال آخر", "in another article"); }
    String approximate() { return t("تقريبي", "approximate"); }
    String outletMark() { return t("وسيلة إعلام", "media outlet"); }
    String negated() { return t("منفي", "negated"); }
    String hedged() { return t("غير جازم", "hedged"); }
    String addedByReader() { return t("أضافه القارئ", "added by the reader"); }
    String readerNote() { return t("ملاحظة القارئ", "Reader's note"); }
    String readerNotes() { return t("ملاحظات القارئ", "Reader's notes"); }
    String page(int page, int total) { return t("صفحة " + page + " من " + total, "Page " + page + " of " + total); }

    String explanation(org.mizan.model.Contradiction x) {
        return this == ARABIC ? x.explanationAr() : x.explanationEn();
    }

    String type(EntityType type) {
        return switch (type) {
            case PERSON -> t("شخص", "Person");
            case ORGANIZATION -> t("مؤسسة", "Organisation");
            case LOCATION -> t("مكان", "Place");
            case MISC -> t("أخرى", "Other");
        };
    }

    String kind(FigureKind kind) {
        return switch (kind) {
            case COUNT -> t("عدد", "Count");
            case NUMBER -> t("رقم", "Number");
            case PERCENT -> t("نسبة مئوية", "Percent");
            case MONEY -> t("مبلغ مالي", "Money");
            case DATE -> t("تاريخ", "Date");
            case YEAR -> t("سنة", "Year");
            case DURATION -> t("مدة", "Duration");
            case MEASURE -> t("قياس", "Measure");
            case ORDINAL -> t("ترتيب", "Ordinal");
        };
    }

    String kind(ContradictionKind kind) {
        return switch (kind) {
            case POLARITY -> t("إثبات ونفي", "Affirmed vs denied");
            case NUMERIC -> t("أرقام متعارضة", "Conflicting figures");
            case DATE -> t("تواريخ متعارضة", "Conflicting dates");
        };
    }

    String status(ReviewStatus status) {
        return switch (status) {
            case UNREVIEWED -> t("لم يُراجَع", "Not reviewed");
            case CONFIRMED -> t("مؤكَّد", "Confirmed");
            case DISMISSED -> t("مرفوض", "Dismissed");
        };
    }
}
