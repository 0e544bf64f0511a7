package org.mizan.ui;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mizan.model.Polarity;

/**
 * "Mark as claim…": asks who the selected words are attributed to (an actor of the article, the
 * words the reader selects next, or no named source) and whether they are affirmed or denied.
 */
final class ClaimDialog {

    /** Who a marked claim is attributed to. */
    sealed interface Source permits Actor, NextSelection, Anonymous {
    }

    /** An actor of the article, by canonical name (the mention nearest the claim is the source's words). */
    record Actor(String canonical) implements Source {
    }

    /** The words the reader selects next in the article. */
    record NextSelection() implements Source {
    }

    /** Nobody named: an anonymous or unattributed claim. */
    record Anonymous() implements Source {
    }

    record Choice(Source source, Polarity polarity) {
    }

    private ClaimDialog() {
    }

    /**
     * @param actors    the actors' canonical names, as the side panel lists them
     * @param suggested the actor to preselect (the one named nearest before the claim), if any
     * @param words     the claim's words, quoted in the header
     */
    static Optional<Choice> ask(Window owner, Messages m, NodeOrientation orientation, List<String> actors,
                                Optional<String> suggested, String words) {
        Dialog<Choice> d = new Dialog<>();
        d.setTitle(m.get("dialog.claim"));
        // One line, clipped: JavaFX cannot wrap Arabic in a Label.
        d.setHeaderText(m.get("dialog.claim.header", clip(words, 70)));
        d.getDialogPane().setId("claim-dialog");

        ToggleGroup who = new ToggleGroup();
        RadioButton actor = radio(m.get("dialog.claim.actor"), "claim-source-actor", who);
        ComboBox<String> names = new ComboBox<>();
        names.setId("claim-actor");
        names.getItems().setAll(actors);
        names.setPrefWidth(260);
        suggested.filter(actors::contains).ifPresentOrElse(names::setValue,
                () -> { if (!actors.isEmpty()) { names.setValue(actors.getFirst()); } });
        names.disableProperty().bind(actor.selectedProperty().not());
        RadioButton next = radio(m.get("dialog.claim.next"), "claim-source-next", who);
        RadioButton anonymous = radio(m.get("dialog.claim.anonymous"), "claim-source-anonymous", who);
        if (actors.isEmpty()) {
            actor.setDisable(true);
            anonymous.setSelected(true);
        } else {
            actor.setSelected(true);
        }

        ToggleGroup polarity = new ToggleGroup();
        RadioButton affirmed = radio(m.get("dialog.claim.affirmed"), "claim-affirmed", polarity);
        RadioButton denied = radio(m.get("dialog.claim.denied"), "claim-denied", polarity);
        affirmed.setSelected(true);

        VBox box = new VBox(8, new Label(m.get("dialog.claim.source")), new HBox(8, actor, names), next, anonymous,
                new Label(m.get("dialog.claim.polarity")), new HBox(16, affirmed, denied));
        box.setPadding(new Insets(8));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().setNodeOrientation(orientation);
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            Source s = actor.isSelected() && names.getValue() != null ? new Actor(names.getValue())
                    : next.isSelected() ? new NextSelection() : new Anonymous();
            return new Choice(s, denied.isSelected() ? Polarity.NEGATED : Polarity.AFFIRMED);
        });
        return d.showAndWait();
    }

    private static RadioButton radio(String text, String id, ToggleGroup group) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        return r;
    }

    private static String clip(String s, int max) {
        String one = s.replace('\n', ' ').strip();
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }
}
