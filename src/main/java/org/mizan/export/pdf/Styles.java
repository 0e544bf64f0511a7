package org.mizan.export.pdf;

/** The text styles of the document, built from the two embedded faces. */
record Styles(FontFace regular, FontFace bold, TextStyle title, TextStyle heading, TextStyle body,
              TextStyle bodyTitle, TextStyle meta, TextStyle cell, TextStyle cellBold, TextStyle footer) {

    static Styles of(FontFace regular, FontFace bold) {
        return new Styles(regular, bold,
                new TextStyle(bold, 18, Palette.HEADING, 1.7f),
                new TextStyle(bold, 15, Palette.HEADING, 1.8f),
                new TextStyle(regular, 11.5f, Palette.BLACK, 1.85f),
                new TextStyle(bold, 16, Palette.BLACK, 1.75f),
                new TextStyle(regular, 9.5f, Palette.GREY, 1.7f),
                new TextStyle(regular, 9.5f, Palette.BLACK, 1.75f),
                new TextStyle(bold, 9.5f, Palette.BLACK, 1.75f),
                new TextStyle(regular, 8.5f, Palette.GREY, 1.5f));
    }
}
