/**
 * The article editor every view uses: {@link org.mizan.ui.editor.ArticleArea}, an editable
 * right-to-left RichTextFX area with highlight overlays. Workarounds for upstream JavaFX and
 * RichTextFX defects live in {@link org.mizan.ui.editor.RtlWorkarounds} and nowhere else.
 */
package org.mizan.ui.editor;
