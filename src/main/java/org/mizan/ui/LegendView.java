package org.mizan.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.mizan.model.EntityType;
import org.mizan.model.FigureKind;

/** What each highlight means, with a switch per layer. Swatches use the same colours and line styles as the text. */
final class LegendView extends VBox {

    final Map<Layer, ToggleSwitch> switches = new LinkedHashMap<>();

    LegendView(MainViewModel main) {
        Messages m = main.messages();
        getStyleClass().add("legend");
        setId("legend");
        setSpacing(4);
        setPadding(new Insets(6));
        Label title = new Label();
        title.textProperty().bind(m.text("legend.title"));
        title.getStyleClass().add("legend-title");
        getChildren().add(title);
        for (Layer layer : Layer.values()) {
            ToggleSwitch sw = new ToggleSwitch();
            sw.setId("layer-" + layer.name().toLowerCase());
            sw.textProperty().bind(m.text(layer.messageKey()));
            sw.setSelected(main.layers().contains(layer));
            sw.selectedProperty().addListener((o, a, on) -> main.layer(layer, on));
            switches.put(layer, sw);
            FlowPane swatches = new FlowPane(6, 3);
            swatches.setPadding(new Insets(0, 0, 4, 12));
            for (String[] sw2 : swatches(layer)) {
                Label l = new Label();
                l.textProperty().bind(m.text(sw2[1]));
                l.getStyleClass().addAll("swatch", "swatch-" + sw2[0]);
                swatches.getChildren().add(l);
            }
            swatches.disableProperty().bind(sw.selectedProperty().not());
            getChildren().addAll(sw, swatches);
        }
        main.layers().addListener((SetChangeListener<Layer>) c -> {
            for (var e : switches.entrySet()) {
                e.getValue().setSelected(main.layers().contains(e.getKey()));
            }
        });
    }

    /** Pairs of (style class, message key) shown for a layer. */
    static List<String[]> swatches(Layer layer) {
        return switch (layer) {
            case ACTORS -> {
                var out = new java.util.ArrayList<String[]>();
                for (EntityType t : EntityType.values()) {
                    out.add(new String[] {"actor-" + t.name().toLowerCase(), "type." + t.name()});
                }
                out.add(new String[] {"actor-outlet", "type.OUTLET"});
                yield out;
            }
            case FIGURES -> {
                var out = new java.util.ArrayList<String[]>();
                for (FigureKind k : FigureKind.values()) {
                    out.add(new String[] {Highlights.figureClass(k), "figure." + k.name()});
                }
                yield out;
            }
            case CLAIMS -> List.of(new String[] {Highlights.SOURCE_NAMED, "legend.sourceNamed"},
                    new String[] {Highlights.SOURCE_ANONYMOUS, "legend.sourceAnonymous"},
                    new String[] {Highlights.CUE, "legend.cue"},
                    new String[] {Highlights.CLAIM, "legend.claim"});
            case CONTRADICTIONS -> List.<String[]>of(new String[] {Highlights.CONTRADICTED, "legend.contradicted"});
        };
    }
}
