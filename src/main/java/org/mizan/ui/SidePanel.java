package org.mizan.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Accordion;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mizan.model.Analysis;
import org.mizan.model.Span;

/** The panel beside the article: actors, figures, claims, contradictions, and the legend. */
final class SidePanel extends VBox {

    final ListView<PanelRows.ActorRow> actors = new ListView<>();
    final TableView<PanelRows.FigureRow> figures = new TableView<>();
    final ListView<PanelRows.ClaimRow> claims = new ListView<>();
    final TableView<PanelRows.ContradictionRow> contradictions = new TableView<>();
    /** The reader's own notes on passages (not those on contradictions). */
    final ListView<Corrector.PlacedNote> notes = new ListView<>();
    final Accordion accordion = new Accordion();
    private final MainViewModel main;
    private final Messages messages;
    private DocumentViewModel shown;
    private final ChangeListener<Analysis> analysisListener = (o, a, b) -> refresh();
    /** Set by the window: go to the next mention of an actor, select a span, open a contradiction. */
    Consumer<PanelRows.ActorRow> onActor = r -> { };
    Consumer<Span> onSpan = s -> { };
    Consumer<ReviewItem> onContradiction = x -> { };
    /** Set by the window: the words selected in the article (for "set source"). */
    java.util.function.Supplier<Span> selection = () -> null;
    /** Right-click menus of the actor and claim lists: the reader's corrections. */
    final javafx.scene.control.ContextMenu actorMenu = new javafx.scene.control.ContextMenu();
    final javafx.scene.control.ContextMenu claimMenu = new javafx.scene.control.ContextMenu();
    final javafx.scene.control.ContextMenu noteMenu = new javafx.scene.control.ContextMenu();
    private boolean updating;
    private boolean rightClick;
    private Span sourceCandidate;

    SidePanel(MainViewModel main, LegendView legend) {
        this.main = main;
        this.messages = main.messages();
        getStyleClass().add("side-panel");
        setId("side-panel");
        actors.setId("actors");
        figures.setId("figures");
        claims.setId("claims");
        contradictions.setId("contradictions");
        notes.setId("notes");

        actors.setCellFactory(v -> new ListCell<>() {
            // Separate labels: one bidi-mixed string would reorder the Arabic name and the counts.
            private final Label name = new Label();
            private final Label type = new Label();
            private final Label count = new Label();
            private final javafx.scene.layout.HBox box;

            {
                name.getStyleClass().add("actor-name");
                name.setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
                type.getStyleClass().add("actor-type");
                count.getStyleClass().add("actor-count");
                javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
                javafx.scene.layout.HBox.setHgrow(gap, Priority.ALWAYS);
                box = new javafx.scene.layout.HBox(8, name, gap, type, count);
                selectOnRightClick(this);
            }

            @Override
            protected void updateItem(PanelRows.ActorRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeIf(c -> c.startsWith("actor-"));
                setText(null);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                name.setText(r.canonical());
                type.setText(messages.get("type." + (r.outlet() ? "OUTLET" : r.type().name())));
                count.setText(String.valueOf(r.count()));
                setGraphic(box);
                getStyleClass().add(r.outlet() ? "actor-outlet-row" : "actor-" + r.type().name().toLowerCase() + "-row");
            }
        });
        actors.setOnMouseClicked(e -> {
            PanelRows.ActorRow r = actors.getSelectionModel().getSelectedItem();
            if (r != null && !updating && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                onActor.accept(r);
            }
        });

        TableColumn<PanelRows.FigureRow, String> fText = column("panel.figure.text", PanelRows.FigureRow::text);
        TableColumn<PanelRows.FigureRow, String> fValue = column("panel.figure.value", PanelRows.FigureRow::value);
        TableColumn<PanelRows.FigureRow, String> fUnit = column("panel.figure.unit", PanelRows.FigureRow::unit);
        figures.getColumns().setAll(List.of(fText, fValue, fUnit));
        figures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        figures.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null && !updating) {
                onSpan.accept(r.figure().span());
            }
        });

        claims.setCellFactory(v -> new ListCell<>() {
            {
                selectOnRightClick(this);
            }

            @Override
            protected void updateItem(PanelRows.ClaimRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("claim-added-row");
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                String src = r.source().isEmpty() ? messages.get("panel.claim.noSource") : r.source();
                String kind = messages.get(r.named() ? "panel.claim.named" : "panel.claim.anonymous");
                if (r.added()) {
                    // marked by the reader: said in words and by the row's style, not by colour alone
                    kind += " · " + messages.get("panel.claim.added");
                    getStyleClass().add("claim-added-row");
                }
                // One line, never wrapped: JavaFX cannot wrap Arabic in a Label (see rtl-rendering notes).
                setText(src + " (" + kind + ") ← " + abbreviate(r.content(), 90));
                setTooltip(new javafx.scene.control.Tooltip(r.content()));
            }
        });
        // A right-click on a claim opens its menu without jumping to it, and remembers the words
        // selected in the article: "set source" is about those, not about the claim's own text.
        claims.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            rightClick = e.getButton() == javafx.scene.input.MouseButton.SECONDARY;
            sourceCandidate = rightClick ? selection.get() : null;
        });
        claims.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> rightClick = false);
        claims.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null && !updating && !rightClick) {
                onSpan.accept(r.claim().span());
            }
        });

        TableColumn<PanelRows.ContradictionRow, String> xKind = new TableColumn<>();
        xKind.textProperty().bind(messages.text("panel.contradiction.kind"));
        xKind.setCellValueFactory(c -> javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("kind." + c.getValue().kind()), messages.languageProperty()));
        TableColumn<PanelRows.ContradictionRow, String> xScore = new TableColumn<>();
        xScore.textProperty().bind(messages.text("panel.contradiction.score"));
        xScore.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                String.format(java.util.Locale.ROOT, "%.2f", c.getValue().score())));
        TableColumn<PanelRows.ContradictionRow, String> xStatus = new TableColumn<>();
        xStatus.textProperty().bind(messages.text("panel.contradiction.status"));
        xStatus.setCellValueFactory(c -> javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("status." + c.getValue().status()), messages.languageProperty()));
        contradictions.getColumns().setAll(List.of(xKind, xScore, xStatus));
        contradictions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        contradictions.setOnMouseClicked(e -> {
            PanelRows.ContradictionRow r = contradictions.getSelectionModel().getSelectedItem();
            if (r != null && e.getClickCount() >= 1) {
                onContradiction.accept(r.item());
            }
        });
        contradictions.setOnKeyPressed(e -> {
            PanelRows.ContradictionRow r = contradictions.getSelectionModel().getSelectedItem();
            if (r != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                onContradiction.accept(r.item());
            }
        });

        notes.setCellFactory(v -> new ListCell<>() {
            {
                selectOnRightClick(this);
            }

            @Override
            protected void updateItem(Corrector.PlacedNote n, boolean empty) {
                super.updateItem(n, empty);
                if (empty || n == null || shown == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText("«" + abbreviate(n.span().of(shown.text()), 30) + "» ← " + abbreviate(n.text(), 80));
                setTooltip(new javafx.scene.control.Tooltip(n.text()));
            }
        });
        notes.setOnMouseClicked(e -> {
            Corrector.PlacedNote n = notes.getSelectionModel().getSelectedItem();
            if (n != null && !updating && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                onSpan.accept(n.span());
            }
        });

        buildCorrectionMenus();

        for (var l : List.of(actors, claims)) {
            l.placeholderProperty().set(placeholder());
        }
        Label noNotes = new Label();
        noNotes.textProperty().bind(messages.text("panel.notes.empty"));
        notes.setPlaceholder(noNotes);
        figures.setPlaceholder(placeholder());
        contradictions.setPlaceholder(placeholder());

        accordion.getPanes().setAll(pane("panel.actors", actors), pane("panel.figures", figures),
                pane("panel.claims", claims), pane("panel.contradictions", contradictions), pane("panel.notes", notes));
        accordion.setExpandedPane(accordion.getPanes().getFirst());
        accordion.expandedPaneProperty().addListener((o, was, now) -> refresh());
        VBox.setVgrow(accordion, Priority.ALWAYS);
        getChildren().setAll(accordion, legend);
        setSpacing(6);
        setPadding(new Insets(4));

        main.selectedProperty().addListener((o, a, b) -> show(b));
        main.crossArticle().addListener((javafx.collections.ListChangeListener<Object>) c -> refresh());
        main.decisions().revisionProperty().addListener((o, a, b) -> refresh());
        show(main.selected());
    }

    /** Actor: change type, rename or merge, not an actor. Claim: not a claim, flip polarity, set source. */
    private void buildCorrectionMenus() {
        javafx.scene.control.Menu type = new javafx.scene.control.Menu();
        type.textProperty().bind(messages.text("correct.type"));
        type.setId("correct-type");
        for (org.mizan.model.EntityType t : org.mizan.model.EntityType.values()) {
            javafx.scene.control.MenuItem it = menuItem("type." + t.name(), "correct-type-" + t.name().toLowerCase(),
                    () -> withActor(r -> main.corrector().retype(shown, r.canonical(), t)));
            type.getItems().add(it);
        }
        actorMenu.getItems().setAll(type,
                menuItem("correct.rename", "correct-rename", () -> {
                    PanelRows.ActorRow r = actors.getSelectionModel().getSelectedItem();
                    if (r != null && shown != null) {
                        renameDialog(r).ifPresent(name -> report(main.corrector().rename(shown, r.canonical(), name), name));
                    }
                }),
                menuItem("correct.removeActor", "correct-remove-actor",
                        () -> withActor(r -> main.corrector().removeActor(shown, r.canonical()))));
        ContextMenus.install(actors, actorMenu, () -> actors.getSelectionModel().getSelectedItem() != null);

        javafx.scene.control.MenuItem notAClaim = menuItem("correct.removeClaim", "correct-remove-claim",
                () -> withClaim(r -> main.corrector().removeClaim(shown, r.claim())));
        // The same correction, named for what it does to a claim the reader added: it undoes the addition.
        javafx.scene.control.MenuItem removeMine = menuItem("correct.removeMine", "correct-remove-mine",
                () -> withClaim(r -> main.corrector().removeClaim(shown, r.claim())));
        claimMenu.setOnShowing(e -> {
            PanelRows.ClaimRow r = claims.getSelectionModel().getSelectedItem();
            boolean added = r != null && r.added();
            notAClaim.setVisible(!added);
            removeMine.setVisible(added);
        });
        claimMenu.getItems().setAll(notAClaim, removeMine,
                menuItem("correct.flip", "correct-flip", () -> withClaim(r -> main.corrector().flipPolarity(shown, r.claim()))),
                menuItem("correct.source", "correct-source",
                        () -> withClaim(r -> main.corrector().setSource(shown, r.claim(),
                                sourceCandidate != null ? sourceCandidate : selection.get()))));
        ContextMenus.install(claims, claimMenu, () -> claims.getSelectionModel().getSelectedItem() != null);

        noteMenu.getItems().setAll(menuItem("correct.removeNote", "correct-remove-note", () -> {
            Corrector.PlacedNote n = notes.getSelectionModel().getSelectedItem();
            if (n != null && shown != null) {
                main.statusProperty().set(main.corrector().removeNote(shown, n.span())
                        ? messages.get("status.noteRemoved", abbreviate(n.text(), 40)) : messages.get("status.cannotNote"));
                refresh();
            }
        }));
        ContextMenus.install(notes, noteMenu, () -> notes.getSelectionModel().getSelectedItem() != null);
    }

    /** A right-click selects the row under the mouse first, so its menu acts on that row. */
    private static void selectOnRightClick(ListCell<?> cell) {
        cell.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY && !cell.isEmpty()) {
                cell.getListView().getSelectionModel().select(cell.getIndex());
            }
        });
    }

    private javafx.scene.control.MenuItem menuItem(String key, String id, Runnable action) {
        javafx.scene.control.MenuItem it = new javafx.scene.control.MenuItem();
        it.textProperty().bind(messages.text(key));
        it.setId(id);
        it.setOnAction(e -> action.run());
        return it;
    }

    private void withActor(java.util.function.Predicate<PanelRows.ActorRow> correction) {
        PanelRows.ActorRow r = actors.getSelectionModel().getSelectedItem();
        if (r != null && shown != null) {
            report(correction.test(r), r.canonical());
        }
    }

    private void withClaim(java.util.function.Predicate<PanelRows.ClaimRow> correction) {
        PanelRows.ClaimRow r = claims.getSelectionModel().getSelectedItem();
        if (r != null && shown != null) {
            report(correction.test(r), abbreviate(r.content(), 40));
        }
    }

    private void report(boolean done, String what) {
        main.statusProperty().set(done ? messages.get("status.corrected", what) : messages.get("status.cannotCorrect"));
    }

    /** Asks for the actor's new name; the list offers the other actors' names, for a merge. */
    private java.util.Optional<String> renameDialog(PanelRows.ActorRow r) {
        javafx.scene.control.Dialog<String> d = new javafx.scene.control.Dialog<>();
        d.setTitle(messages.get("dialog.rename"));
        d.setHeaderText(messages.get("dialog.rename.header", r.canonical()));
        javafx.scene.control.ComboBox<String> names = new javafx.scene.control.ComboBox<>();
        names.setEditable(true);
        names.setId("rename-name");
        names.getItems().setAll(actors.getItems().stream().map(PanelRows.ActorRow::canonical)
                .filter(c -> !c.equals(r.canonical())).toList());
        names.getEditor().setText(r.canonical());
        names.setPrefWidth(320);
        d.getDialogPane().setContent(names);
        d.getDialogPane().getButtonTypes().setAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        d.getDialogPane().setNodeOrientation(getEffectiveNodeOrientation());
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        d.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK ? names.getEditor().getText() : null);
        return d.showAndWait().filter(n -> !n.isBlank());
    }

    private Label placeholder() {
        Label l = new Label();
        l.textProperty().bind(messages.text("panel.empty"));
        return l;
    }

    private <T> TableColumn<T, String> column(String key, java.util.function.Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(messages.text(key));
        c.setCellValueFactory(cell -> new javafx.beans.property.SimpleStringProperty(value.apply(cell.getValue())));
        return c;
    }

    private TitledPane pane(String key, javafx.scene.Node content) {
        TitledPane p = new TitledPane();
        p.textProperty().bind(messages.text(key));
        p.setContent(content);
        p.setId("pane-" + key.substring(key.indexOf('.') + 1));
        return p;
    }

    private void show(DocumentViewModel doc) {
        if (shown != null) {
            shown.analysisProperty().removeListener(analysisListener);
        }
        shown = doc;
        if (doc != null) {
            doc.analysisProperty().addListener(analysisListener);
        }
        refresh();
    }

    void refresh() {
        updating = true;
        try {
            Analysis a = shown == null ? null : shown.analysis();
            if (a == null) {
                actors.getItems().clear();
                figures.getItems().clear();
                claims.getItems().clear();
                contradictions.getItems().clear();
                notes.getItems().clear();
                return;
            }
            // The rows were built on the analysis thread (PreparedAnalysis): here they are only handed over.
            PreparedAnalysis ready = shown.prepared() != null && shown.prepared().analysis() == a ? shown.prepared() : null;
            replace(actors.getItems(), ready != null ? ready.actorRows() : PanelRows.actors(shown.actorGroups()));
            // Long lists are filled when their pane is open: a long article has thousands of figures.
            if (accordion.getPanes().get(1).isExpanded()) {
                replace(figures.getItems(), ready != null ? ready.figureRows() : PanelRows.figures(a));
            } else {
                figures.getItems().clear();
            }
            if (accordion.getPanes().get(2).isExpanded()) {
                replace(claims.getItems(), ready != null ? ready.claimRows() : PanelRows.claims(a));
            } else {
                claims.getItems().clear();
            }
            replace(contradictions.getItems(), PanelRows.contradictions(main.reviewItems(shown), main.decisions()));
            replace(notes.getItems(), main.corrector().notes(shown));
        } finally {
            updating = false;
        }
    }

    /**
     * Puts {@code rows} in a list unless it already holds them: a new analysis stage usually leaves
     * the actors as they were, and replacing thousands of equal rows costs a frame and loses the
     * reader's selection and scroll position.
     */
    private static <T> void replace(javafx.collections.ObservableList<T> items, List<T> rows) {
        if (!items.equals(rows)) {
            items.setAll(rows);
        }
    }

    /** Selects the actor's row without jumping (the reader clicked a mention in the text). */
    void selectActor(String canonical) {
        updating = true;
        try {
            accordion.setExpandedPane(accordion.getPanes().getFirst());
            for (int i = 0; i < actors.getItems().size(); i++) {
                if (actors.getItems().get(i).canonical().equals(canonical)) {
                    actors.getSelectionModel().select(i);
                    actors.scrollTo(i);
                    return;
                }
            }
        } finally {
            updating = false;
        }
    }

    private static String abbreviate(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }
}
