package org.mizan.ui;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.mizan.model.Analysis;
import org.mizan.model.Mention;
import org.mizan.model.Span;

/**
 * The reader window: menus, toolbar, article tabs, side panel, find bar, review view and status
 * bar, wired to a {@link MainViewModel}. Holds no state of its own beyond which view shows what.
 */
public final class MainWindow {

    private final MainViewModel main;
    private final Messages m;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    final TabPane tabs = new TabPane();
    final SidePanel side;
    /** Holds the side panel's place until it is shown (reader start-up only). */
    private final javafx.scene.layout.Region sidePlaceholder = new javafx.scene.layout.Region();
    private final SplitPane split;
    final LegendView legend;
    final FindBar findBar;
    final StatusBar statusBar = new StatusBar();
    final Label counts = new Label();
    /** What the background analysis of the shown article is still doing ("claims…"); empty when done. */
    final Label stageLabel = new Label();
    private final FindViewModel find;
    private final Map<DocumentViewModel, DocumentView> views = new HashMap<>();
    private final Map<String, UiAction> actions = new HashMap<>();
    private final Menu recentMenu = new Menu();
    ReviewView review;
    private Tab reviewTab;
    /** The open "cannot open" dialog, if any: further problems are added to it instead of stacking dialogs. */
    Alert problemDialog;

    public MainWindow(MainViewModel main, Stage stage) {
        this(main, stage, false);
    }

    /**
     * With {@code sidePanelLater}, the side panel (an accordion of lists and tables and the legend,
     * the costliest controls to style and skin) is built but not put in the window: a placeholder
     * of the same width holds its place until {@link #showSidePanel()}, so the window's first frame
     * (menus, toolbar, empty tabs, status bar) does not wait for the panel's first CSS pass. The
     * reader calls it right after that frame; tests and snapshots use the panel at once.
     */
    MainWindow(MainViewModel main, Stage stage, boolean sidePanelLater) {
        this.main = main;
        this.m = main.messages();
        this.stage = stage;
        this.find = new FindViewModel();
        this.legend = new LegendView(main);
        this.side = new SidePanel(main, legend);
        this.findBar = new FindBar(m);
        StartupProbe.mark("panels");

        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        defineActions();
        MenuBar menus = menuBar();
        menus.setId("menu-bar");
        ToolBar toolbar = toolBar();
        StartupProbe.mark("menus");
        VBox top = new VBox(menus, toolbar, findBar);
        side.setMinWidth(260);
        sidePlaceholder.setMinWidth(side.getMinWidth());
        split = new SplitPane(tabs, sidePanelLater ? sidePlaceholder : side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(sidePlaceholder, false);
        root.setTop(top);
        root.setCenter(split);
        statusBar.setId("status-bar");
        statusBar.textProperty().bind(main.statusProperty());
        statusBar.getRightItems().addAll(stageLabel, counts);
        counts.setId("counts");
        stageLabel.setId("analysis-stage");
        root.setBottom(statusBar);
        root.getStylesheets().add(MainWindow.class.getResource("/org/mizan/ui/mizan.css").toExternalForm());
        root.nodeOrientationProperty().bind(Bindings.createObjectBinding(
                () -> m.language().rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT,
                m.languageProperty()));

        Settings.WindowBounds b = main.settings().window();
        StartupProbe.mark("layout");
        scene = new Scene(root, b.width(), b.height());
        stage.setScene(scene);
        if (Double.isFinite(b.x()) && Double.isFinite(b.y())) {
            stage.setX(b.x());
            stage.setY(b.y());
        }
        stage.setMaximized(b.maximized());
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, main.selectedProperty(),
                m.languageProperty()));
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard(main.documents().stream().filter(d -> d.dirtyProperty().get()).toList())) {
                e.consume();
                return;
            }
            rememberWindow();
            main.shutdown();
        });

        wireDocuments();
        wireFind();
        wireSide();
        wireDragAndDrop();
        main.onProblem(this::showProblem);
        main.statusProperty().set(m.get("status.ready"));
        m.languageProperty().addListener((o, was, now) -> {
            showCounts(main.selected() == null ? null : main.selected().analysis());
            updateProgress();
        });
        main.crossArticle().addListener((ListChangeListener<Object>) c -> showCounts(main.selected() == null ? null
                : main.selected().analysis()));
    }

    /** Puts the side panel in place of its placeholder (see the constructor); does nothing if it is there already. */
    void showSidePanel() {
        int at = split.getItems().indexOf(sidePlaceholder);
        if (at >= 0) {
            double[] dividers = split.getDividerPositions();
            split.getItems().set(at, side);
            split.setDividerPositions(dividers);
        }
    }

    public Scene scene() {
        return scene;
    }

    public BorderPane root() {
        return root;
    }

    /** The view of an open article (tests reach the editor through it). */
    DocumentView view(DocumentViewModel doc) {
        return views.get(doc);
    }

    /** The editor showing an open article (benchmarks and tests drive it). */
    public ArticleEditor editorOf(DocumentViewModel doc) {
        DocumentView v = views.get(doc);
        return v == null ? null : v.editor;
    }

    DocumentView selectedView() {
        DocumentViewModel d = main.selected();
        return d == null ? null : views.get(d);
    }

    private String title() {
        DocumentViewModel d = main.selected();
        return d == null ? m.get("app.title") : m.get("app.title") + " — " + d.title();
    }

    // ---- actions, menus, toolbar ----

    private void defineActions() {
        BooleanBinding noDoc = main.selectedProperty().isNull();
        add(new UiAction("open", m, "Shortcut+O", "open", this::openDialog));
        add(new UiAction("reopenEncoding", m, "Shortcut+Shift+R", null, this::reopenWithEncoding).disabledWhen(noDoc));
        add(new UiAction("save", m, "Shortcut+S", "save", this::save).disabledWhen(noDoc));
        add(new UiAction("saveAs", m, "Shortcut+Shift+S", null, this::saveAs).disabledWhen(noDoc));
        add(new UiAction("exportPdf", m, "Shortcut+E", "export-pdf", this::exportPdf).disabledWhen(noDoc));
        add(new UiAction("exportJson", m, "Shortcut+Shift+J", null, this::exportJson).disabledWhen(noDoc));
        add(new UiAction("closeTab", m, "Shortcut+W", null, this::closeTab));
        add(new UiAction("quit", m, "Shortcut+Q", null, this::quit));
        add(new UiAction("undo", m, "Shortcut+Z", null, () -> withView(v -> v.editor.undo())).disabledWhen(noDoc));
        add(new UiAction("redo", m, "Shortcut+Y", null, () -> withView(v -> v.editor.redo())).disabledWhen(noDoc));
        add(new UiAction("find", m, "Shortcut+F", "find", findBar::show).disabledWhen(noDoc));
        add(new UiAction("markClaim", m, "Shortcut+Shift+M", null, this::markClaim).disabledWhen(noDoc));
        add(new UiAction("addNote", m, "Shortcut+Shift+K", null, this::addNote).disabledWhen(noDoc));
        add(new UiAction("findNext", m, "F3", null, () -> stepFind(true)).disabledWhen(noDoc));
        add(new UiAction("findPrevious", m, "Shift+F3", null, () -> stepFind(false)).disabledWhen(noDoc));
        add(new UiAction("zoomIn", m, "Shortcut+EQUALS", "zoom-in", main::zoomIn));
        add(new UiAction("zoomOut", m, "Shortcut+MINUS", "zoom-out", main::zoomOut));
        add(new UiAction("zoomReset", m, "Shortcut+0", null, main::zoomReset));
        add(new UiAction("arabic", m, "Shortcut+Shift+A", null, () -> m.languageProperty().set(Language.ARABIC)));
        add(new UiAction("english", m, "Shortcut+Shift+E", null, () -> m.languageProperty().set(Language.ENGLISH)));
        add(new UiAction("language", m, "Shortcut+L", "language", () -> m.languageProperty().set(
                m.language() == Language.ARABIC ? Language.ENGLISH : Language.ARABIC)));
        add(new UiAction("analyse", m, "F5", "analyse", () -> {
            if (main.selected() != null) {
                main.selected().analyseNow();
            }
        }).disabledWhen(noDoc));
        add(new UiAction("review", m, "Shortcut+R", null, () -> openReview(null)));
        add(new UiAction("next", m, "F8", "next", () -> reviewStep(true)));
        add(new UiAction("previous", m, "Shift+F8", "previous", () -> reviewStep(false)));
        add(new UiAction("confirm", m, "Shortcut+Shift+C", "confirm", () -> reviewDo(main.review()::confirm)));
        add(new UiAction("dismiss", m, "Shortcut+Shift+D", "dismiss", () -> reviewDo(main.review()::dismiss)));
        add(new UiAction("note", m, "Shortcut+Shift+N", "note", this::focusNote));
        add(new UiAction("about", m, "F1", null, this::about));
    }

    private void add(UiAction a) {
        actions.put(a.id, a);
    }

    /** Runs an action by id (tests use it like a menu click). */
    void run(String id) {
        actions.get(id).run();
    }

    private MenuBar menuBar() {
        Menu file = menu("menu.file", item("open"));
        file.getItems().add(recentMenu);
        recentMenu.textProperty().bind(m.text("menu.recent"));
        recentMenu.setId("menu-recent");
        file.getItems().addAll(item("reopenEncoding"), new SeparatorMenuItem(), item("save"), item("saveAs"),
                item("exportPdf"), item("exportJson"), new SeparatorMenuItem(), item("closeTab"), item("quit"));
        rebuildRecent();
        main.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent());

        Menu edit = menu("menu.edit", item("undo"), item("redo"), new SeparatorMenuItem(), item("find"),
                item("findNext"), item("findPrevious"), new SeparatorMenuItem(), item("markClaim"), item("addNote"));
        Menu view = menu("menu.view");
        int i = 1;
        for (Layer layer : Layer.values()) {
            view.getItems().add(layerItem(layer, "Shortcut+" + i++));
        }
        view.getItems().addAll(new SeparatorMenuItem(), item("zoomIn"), item("zoomOut"), item("zoomReset"),
                new SeparatorMenuItem(), item("arabic"), item("english"), item("language"),
                new SeparatorMenuItem(), item("analyse"));
        Menu reviewMenu = menu("menu.review", item("review"), item("next"), item("previous"),
                new SeparatorMenuItem(), item("confirm"), item("dismiss"), item("note"));
        Menu help = menu("menu.help", item("about"));
        return new MenuBar(file, edit, view, reviewMenu, help);
    }

    private Menu menu(String key, javafx.scene.control.MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(m.text(key));
        menu.setId(key.replace('.', '-'));
        menu.getItems().addAll(items);
        return menu;
    }

    private javafx.scene.control.MenuItem item(String id) {
        return actions.get(id).menuItem();
    }

    /** A layer toggle that, like every menu entry, has a shortcut and a tooltip. */
    private CustomMenuItem layerItem(Layer layer, String accelerator) {
        CheckBox box = new CheckBox();
        box.textProperty().bind(m.text(layer.messageKey()));
        box.setMouseTransparent(true);
        box.setSelected(main.layers().contains(layer));
        main.layers().addListener((javafx.collections.SetChangeListener<Layer>) c ->
                box.setSelected(main.layers().contains(layer)));
        KeyCombination keys = KeyCombination.valueOf(accelerator);
        Label shortcut = new Label(keys.getDisplayText());
        shortcut.getStyleClass().add("menu-shortcut");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox content = new HBox(box, gap, shortcut);
        content.setMinWidth(240);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(m.text("action.layer.tip"));
        Tooltip.install(content, tip);
        CustomMenuItem item = new CustomMenuItem(content, false);
        item.setId("menu-layer-" + layer.name().toLowerCase());
        item.setAccelerator(keys);
        item.setOnAction(e -> main.layer(layer, !main.layers().contains(layer)));
        return item;
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        int n = 1;
        for (Path p : main.recentFiles()) {
            CustomMenuItem it = new CustomMenuItem(new Label(p.getFileName() + "   " + p.getParent()), true);
            Tooltip.install(it.getContent(), new Tooltip(p.toString()));
            if (n <= 9) {
                it.setAccelerator(KeyCombination.valueOf("Shortcut+Alt+" + n));
            }
            n++;
            it.setOnAction(e -> main.open(p));
            recentMenu.getItems().add(it);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private ToolBar toolBar() {
        MenuButton layers = new MenuButton();
        layers.setId("tool-layers");
        Icons.toolbar("layers").ifPresentOrElse(layers::setGraphic, () -> layers.textProperty().bind(m.text("action.layers")));
        Tooltip lt = new Tooltip();
        lt.textProperty().bind(m.text("action.layers.tip"));
        layers.setTooltip(lt);
        int i = 1;
        for (Layer layer : Layer.values()) {
            layers.getItems().add(layerItem(layer, "Shortcut+" + i++));
        }
        ToolBar bar = new ToolBar();
        bar.setId("toolbar");
        for (String id : List.of("open", "save", "exportPdf", "|", "find", "zoomIn", "zoomOut", "|", "analyse")) {
            bar.getItems().add(id.equals("|") ? new javafx.scene.control.Separator() : actions.get(id).button());
        }
        bar.getItems().add(layers);
        bar.getItems().add(actions.get("language").button());
        bar.getItems().add(new javafx.scene.control.Separator());
        for (String id : List.of("previous", "next", "confirm", "dismiss", "note")) {
            bar.getItems().add(actions.get(id).button());
        }
        return bar;
    }

    // ---- documents ----

    private void wireDocuments() {
        main.documents().addListener((ListChangeListener<DocumentViewModel>) c -> {
            while (c.next()) {
                for (DocumentViewModel d : c.getRemoved()) {
                    DocumentView v = views.remove(d);
                    if (v != null) {
                        tabs.getTabs().remove(v.tab);
                    }
                }
                for (DocumentViewModel d : c.getAddedSubList()) {
                    DocumentView v = new DocumentView(d, main);
                    views.put(d, v);
                    v.tab.setOnCloseRequest(e -> {
                        e.consume();
                        close(d);
                    });
                    v.editor.caretPositionProperty().addListener((o, a, pos) -> caretMoved(d, pos));
                    javafx.scene.control.ContextMenu editorMenu = editorMenu(v);
                    ContextMenus.install(v.editor.node(), editorMenu, () -> true);
                    d.busyProperty().addListener((o, was, busy) -> updateProgress());
                    d.stageProperty().addListener((o, was, now) -> updateProgress());
                    d.errorProperty().addListener((o, a, err) -> {
                        if (err != null) {
                            main.statusProperty().set(m.get("status.analysisFailed", d.title(), err));
                        }
                    });
                    d.analysisProperty().addListener((o, a, an) -> {
                        if (d == main.selected()) {
                            showCounts(an);
                        }
                        if (review != null) {
                            refreshReviewItems();
                        }
                    });
                    int at = reviewTab != null && tabs.getTabs().contains(reviewTab)
                            ? tabs.getTabs().indexOf(reviewTab) : tabs.getTabs().size();
                    tabs.getTabs().add(at, v.tab);
                }
            }
        });
        main.selectedProperty().addListener((o, a, d) -> {
            DocumentView v = d == null ? null : views.get(d);
            if (v != null && tabs.getSelectionModel().getSelectedItem() != v.tab) {
                tabs.getSelectionModel().select(v.tab);
            }
            showCounts(d == null ? null : d.analysis());
            if (findBar.isVisible()) {
                runFind();
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null && t.getUserData() instanceof DocumentView v) {
                main.selectedProperty().set(v.doc);
            }
        });
        main.selectedProperty().addListener((o, a, d) -> updateProgress());
        main.exportProgressProperty().addListener((o, a, p) -> updateProgress());
    }

    /** The status bar shows an export's progress, else spins while the article is analysed. */
    private void updateProgress() {
        double export = main.exportProgressProperty().get();
        if (export >= 0) {
            statusBar.setProgress(export);
            return;
        }
        DocumentViewModel d = main.selected();
        boolean busy = d != null && d.busyProperty().get();
        statusBar.setProgress(busy ? -1 : 0);
        // Results come in stages: say which one is still running once the first has been shown.
        org.mizan.analysis.Pipeline.Stage done = d == null ? null : d.stageProperty().get();
        stageLabel.setText(!busy || done == null || done.isFinal() ? ""
                : m.get(switch (done) {
                    case VISIBLE -> "status.stage.actors";
                    case ACTORS -> "status.stage.claims";
                    default -> "status.stage.contradictions";
                }));
    }

    private void showCounts(Analysis a) {
        counts.setText(a == null ? "" : m.get("status.counts", a.actors().isEmpty()
                ? main.selected().actorGroups().size() : a.actors().size(), a.figures().size(), a.claims().size(),
                main.reviewItems(main.selected()).size()));
    }

    private void caretMoved(DocumentViewModel d, int pos) {
        d.mentionAt(pos).or(() -> d.mentionAt(pos - 1)).ifPresent(men -> showActor(d, men));
    }

    private void showActor(DocumentViewModel d, Mention men) {
        int count = d.actorGroups().getOrDefault(men.canonical(), List.of()).size();
        side.selectActor(men.canonical());
        main.statusProperty().set(m.get("status.actor", men.canonical(), m.get("type." + (men.outlet()
                ? "OUTLET" : men.type().name())), count));
    }

    private void withView(java.util.function.Consumer<DocumentView> action) {
        DocumentView v = selectedView();
        if (v != null) {
            action.accept(v);
        }
    }

    private void close(DocumentViewModel d) {
        if (d.dirtyProperty().get() && !confirmDiscard(List.of(d))) {
            return;
        }
        main.close(d);
    }

    private void closeTab() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        if (t == null) {
            return;
        }
        if (t == reviewTab) {
            tabs.getTabs().remove(reviewTab);
        } else if (t.getUserData() instanceof DocumentView v) {
            close(v.doc);
        }
    }

    private boolean confirmDiscard(List<DocumentViewModel> dirty) {
        if (dirty.isEmpty()) {
            return true;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.YES, ButtonType.NO);
        a.getDialogPane().setContent(unwrapped(m.get("dialog.discard",
                String.join("، ", dirty.stream().map(DocumentViewModel::title).toList()))));
        a.initOwner(stage);
        a.getDialogPane().setNodeOrientation(root.getNodeOrientation());
        return a.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    /** Dialog text as a label that never wraps (JavaFX cannot wrap Arabic in a Label); lines break at \n. */
    private static Label unwrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(false);
        l.setPadding(new javafx.geometry.Insets(8));
        return l;
    }

    private void quit() {
        if (!confirmDiscard(main.documents().stream().filter(d -> d.dirtyProperty().get()).toList())) {
            return;
        }
        rememberWindow();
        main.shutdown();
        stage.close();
    }

    private void rememberWindow() {
        main.settings().window(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        main.settings().flush();
    }

    // ---- files ----

    private FileChooser chooser(String titleKey) {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get(titleKey));
        Path dir = main.settings().lastDirectory();
        if (dir != null && Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toFile());
        }
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("file.articles"), "*.txt", "*.html", "*.htm", "*.docx", "*.md"),
                new FileChooser.ExtensionFilter(m.get("file.all"), "*"));
        return fc;
    }

    private void openDialog() {
        List<File> files = chooser("dialog.open").showOpenMultipleDialog(stage);
        if (files != null) {
            files.forEach(f -> main.open(f.toPath()));
        }
    }

    private void reopenWithEncoding() {
        DocumentViewModel d = main.selected();
        if (d == null || d.fileProperty().get() == null) {
            main.statusProperty().set(m.get("status.noFile"));
            return;
        }
        // The likeliest other readings first; the first is preselected.
        List<String> available = main.encodingChoices(d).stream().map(Charset::name).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(available.getFirst(), available);
        dialog.getDialogPane().setId("encoding-dialog");
        dialog.initOwner(stage);
        dialog.setTitle(m.get("action.reopenEncoding"));
        dialog.setHeaderText(m.get("dialog.encoding", d.title()));
        dialog.getDialogPane().setNodeOrientation(root.getNodeOrientation());
        dialog.showAndWait().ifPresent(cs -> main.reopen(d, Charset.forName(cs)));
    }

    private void save() {
        DocumentViewModel d = main.selected();
        if (d != null && !main.save(d, null)) {
            saveAs();
        }
    }

    private void saveAs() {
        DocumentViewModel d = main.selected();
        if (d == null) {
            return;
        }
        FileChooser fc = chooser("dialog.saveAs");
        fc.setInitialFileName(d.title().endsWith(".txt") ? d.title() : d.title() + ".txt");
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            main.save(d, f.toPath());
        }
    }

    private void exportPdf() {
        DocumentViewModel d = main.selected();
        if (d == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("dialog.exportPdf"));
        Path dir = main.settings().lastDirectory();
        if (dir != null && Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toFile());
        }
        String base = d.title().replaceFirst("\\.[^.]+$", "");
        fc.setInitialFileName(base + ".pdf");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            main.exportPdf(d, f.toPath());
        }
    }

    private void exportJson() {
        DocumentViewModel d = main.selected();
        if (d == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("dialog.exportJson"));
        Path dir = main.settings().lastDirectory();
        if (dir != null && Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toFile());
        }
        fc.setInitialFileName(d.title().replaceFirst("\\.[^.]+$", "") + ".json");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            main.exportJson(d, f.toPath());
        }
    }

    private void wireDragAndDrop() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            e.setDropCompleted(e.getDragboard().hasFiles() && dropped(e.getDragboard().getFiles()));
            e.consume();
        });
    }

    /**
     * Files dropped on the window: each opens in its own tab (one already open is selected). A file
     * that cannot be opened is reported in a dialog and changes nothing. Returns whether there was
     * anything to open.
     */
    boolean dropped(List<File> files) {
        if (files == null || files.isEmpty()) {
            return false;
        }
        main.openAll(files.stream().map(File::toPath).toList());
        return true;
    }

    /** One clear line per file that could not be opened, in one dialog; dismissing it changes nothing. */
    void showProblem(String problem) {
        if (problemDialog != null && problemDialog.isShowing()) {
            Label text = (Label) problemDialog.getDialogPane().getContent();
            text.setText(text.getText() + "\n" + problem);
            problemDialog.getDialogPane().getScene().getWindow().sizeToScene();
            return;
        }
        Alert a = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        Label text = unwrapped(problem);
        text.setId("problem-text");
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("problem-dialog");
        a.setTitle(m.get("dialog.problem"));
        a.setHeaderText(m.get("dialog.problem"));
        a.initOwner(stage);
        a.getDialogPane().setNodeOrientation(root.getNodeOrientation());
        problemDialog = a;
        a.show();
    }

    /** The article's right-click menu: mark the selected words as an actor of a type. */
    private javafx.scene.control.ContextMenu editorMenu(DocumentView v) {
        Menu mark = new Menu();
        mark.textProperty().bind(m.text("correct.mark"));
        mark.setId("correct-mark");
        for (org.mizan.model.EntityType t : org.mizan.model.EntityType.values()) {
            javafx.scene.control.MenuItem it = new javafx.scene.control.MenuItem();
            it.textProperty().bind(m.text("type." + t.name()));
            it.setId("correct-mark-" + t.name().toLowerCase());
            it.setOnAction(e -> markSelection(v, t));
            mark.getItems().add(it);
        }
        javafx.scene.control.MenuItem claim = editorItem("markClaim", "correct-mark-claim");
        javafx.scene.control.MenuItem note = editorItem("addNote", "correct-add-note");
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(mark, claim, note);
        menu.setOnShowing(e -> {
            boolean none = v.editor.selection().length() == 0;
            mark.setDisable(none);
            claim.setDisable(none);
            note.setDisable(none);
        });
        return menu;
    }

    /** An entry of the article's menu that runs a window action (with its label and shortcut). */
    private javafx.scene.control.MenuItem editorItem(String action, String id) {
        javafx.scene.control.MenuItem it = new javafx.scene.control.MenuItem();
        it.textProperty().bind(m.text("action." + action));
        it.setId(id);
        it.setAccelerator(actions.get(action).accelerator());
        it.setOnAction(e -> run(action));
        return it;
    }

    /** A claim marked in the article whose source is the words the reader selects next. */
    private record PendingClaim(DocumentViewModel doc, Span content, org.mizan.model.Polarity polarity) {
    }

    private PendingClaim pendingClaim;

    /**
     * "Mark as claim…": the selected words become a claim. The dialog asks for its source and
     * polarity; when the source is "the words I select next", the next Mark as claim takes the new
     * selection as the source of the claim marked before.
     */
    private void markClaim() {
        DocumentView v = selectedView();
        if (v == null) {
            return;
        }
        Span sel = v.editor.selection();
        PendingClaim pending = pendingClaim;
        pendingClaim = null;
        if (pending != null && pending.doc() == v.doc && sel.length() > 0 && !sel.overlaps(pending.content())) {
            reportClaim(main.corrector().addClaim(v.doc, pending.content(), java.util.Optional.of(sel),
                    pending.polarity()), v, pending.content());
            return;
        }
        if (sel.length() == 0 || !v.doc.analysisCurrent()) {
            main.statusProperty().set(m.get("status.cannotCorrect"));
            return;
        }
        List<String> actors = PanelRows.actors(v.doc.actorGroups()).stream().map(PanelRows.ActorRow::canonical).toList();
        java.util.Optional<String> near = nearestMention(v.doc, sel, true).map(Mention::canonical);
        ClaimDialog.ask(stage, m, root.getNodeOrientation(), actors, near, sel.of(v.editor.getText()))
                .ifPresent(choice -> markClaim(v, sel, choice));
    }

    /** Records the claim on {@code content} as the reader chose in the dialog. */
    void markClaim(DocumentView v, Span content, ClaimDialog.Choice choice) {
        switch (choice.source()) {
            case ClaimDialog.NextSelection n -> {
                pendingClaim = new PendingClaim(v.doc, content, choice.polarity());
                main.statusProperty().set(m.get("status.claimPickSource",
                        actions.get("markClaim").accelerator().getDisplayText()));
            }
            case ClaimDialog.Anonymous a -> reportClaim(main.corrector().addClaim(v.doc, content,
                    java.util.Optional.empty(), choice.polarity()), v, content);
            case ClaimDialog.Actor a -> reportClaim(main.corrector().addClaim(v.doc, content,
                    mentionOf(v.doc, a.canonical(), content).map(Mention::span), choice.polarity()), v, content);
        }
    }

    private void reportClaim(boolean done, DocumentView v, Span content) {
        main.statusProperty().set(done ? m.get("status.claimAdded", content.of(v.editor.getText()).strip())
                : m.get("status.cannotCorrect"));
    }

    /** The actor mention nearest the claim, before it in the text when {@code before} (the usual place of a source). */
    private static java.util.Optional<Mention> nearestMention(DocumentViewModel d, Span claim, boolean before) {
        return d.analysis() == null ? java.util.Optional.empty() : d.analysis().mentions().stream()
                .filter(x -> !x.span().overlaps(claim) && (!before || x.span().end() <= claim.start()))
                .min(java.util.Comparator.comparingInt(x -> distance(x.span(), claim)));
    }

    /** The mention of {@code canonical} nearest the claim (the source's words for an actor chosen from the list). */
    private static java.util.Optional<Mention> mentionOf(DocumentViewModel d, String canonical, Span claim) {
        return d.actorGroups().getOrDefault(canonical, List.of()).stream().filter(x -> !x.span().overlaps(claim))
                .min(java.util.Comparator.comparingInt(x -> distance(x.span(), claim)));
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
    }

    /** "Add note…": a note of the reader's own on the selected words, printed in the PDF export. */
    private void addNote() {
        DocumentView v = selectedView();
        if (v == null) {
            return;
        }
        Span sel = v.editor.selection();
        if (sel.length() == 0 || sel.of(v.editor.getText()).isBlank() || !v.doc.analysisCurrent()) {
            main.statusProperty().set(m.get("status.cannotNote"));
            return;
        }
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
        d.getDialogPane().setId("note-dialog");
        d.setTitle(m.get("dialog.note"));
        String words = sel.of(v.editor.getText()).replace('\n', ' ').strip();
        d.setHeaderText(m.get("dialog.note.header", words.length() <= 60 ? words : words.substring(0, 60) + "…"));
        d.getEditor().setPrefColumnCount(36);
        d.getEditor().setId("note-text");
        d.initOwner(stage);
        d.getDialogPane().setNodeOrientation(root.getNodeOrientation());
        d.showAndWait().ifPresent(text -> addNote(v, sel, text));
    }

    /** Records the note; the side panel lists it at once. */
    void addNote(DocumentView v, Span span, String text) {
        boolean done = main.corrector().addNote(v.doc, span, text);
        main.statusProperty().set(done ? m.get("status.noted", span.of(v.editor.getText()).strip())
                : m.get("status.cannotNote"));
        side.refresh();
    }

    /** "Mark selection as actor": the selected words become a mention of {@code type}. */
    void markSelection(DocumentView v, org.mizan.model.EntityType type) {
        Span sel = v.editor.selection();
        boolean done = main.corrector().markActor(v.doc, sel, type);
        main.statusProperty().set(done ? m.get("status.corrected", sel.of(v.editor.getText()).strip())
                : m.get("status.cannotCorrect"));
    }

    // ---- find ----

    private void wireFind() {
        findBar.field.textProperty().bindBidirectional(find.queryProperty());
        find.queryProperty().addListener((o, a, q) -> runFind());
        findBar.field.setOnAction(e -> stepFind(true));
        findBar.next.setOnAction(e -> stepFind(true));
        findBar.previous.setOnAction(e -> stepFind(false));
        findBar.visibleProperty().addListener((o, a, shown) -> {
            if (!shown) {
                views.values().forEach(v -> v.setFindMatches(List.of()));
            }
        });
        find.currentProperty().addListener((o, a, b) -> showFindCount());
    }

    private void runFind() {
        DocumentView v = selectedView();
        views.values().stream().filter(x -> x != v).forEach(x -> x.setFindMatches(List.of()));
        if (v == null) {
            return;
        }
        List<Span> found = find.search(v.editor.getText(), v.editor.caretPosition());
        v.setFindMatches(found);
        showFindCount();
        Span cur = find.currentMatch();
        if (cur != null) {
            v.editor.select(cur);
        }
    }

    private void stepFind(boolean forward) {
        if (!findBar.isVisible()) {
            findBar.show();
            return;
        }
        DocumentView v = selectedView();
        Span s = forward ? find.next() : find.previous();
        if (v != null && s != null) {
            v.editor.select(s);
        }
    }

    private void showFindCount() {
        int n = find.matches().size();
        findBar.count.setText(find.queryProperty().get().isBlank() ? ""
                : n == 0 ? m.get("find.none") : m.get("find.count", find.currentProperty().get() + 1, n));
    }

    // ---- side panel and review ----

    private void wireSide() {
        side.onActor = row -> withView(v -> v.doc.nextMention(row.canonical(), v.editor.caretPosition())
                .ifPresent(span -> {
                    v.editor.select(span);
                    main.statusProperty().set(m.get("status.actor", row.canonical(),
                            m.get("type." + (row.outlet() ? "OUTLET" : row.type().name())), row.count()));
                }));
        side.onSpan = span -> withView(v -> v.editor.select(span));
        side.selection = () -> {
            DocumentView v = selectedView();
            return v == null ? null : v.editor.selection();
        };
        side.onContradiction = this::openReview;
    }

    /** Opens the side-by-side review, at {@code item} when given. */
    void openReview(ReviewItem item) {
        if (review == null) {
            review = new ReviewView(main);
            review.onJump = this::jumpTo;
            reviewTab = new Tab();
            reviewTab.setId("review-tab");
            reviewTab.textProperty().bind(m.text("review.title"));
            reviewTab.setContent(review);
            main.crossArticle().addListener((ListChangeListener<Object>) c -> refreshReviewItems());
            main.layers().addListener((javafx.collections.SetChangeListener<Layer>) c -> review.refresh());
        }
        main.review().show(main.reviewItems(), item != null ? item : main.review().current());
        if (!tabs.getTabs().contains(reviewTab)) {
            tabs.getTabs().add(reviewTab);
        }
        tabs.getSelectionModel().select(reviewTab);
    }

    private void refreshReviewItems() {
        main.review().show(main.reviewItems(), main.review().current());
    }

    private void reviewStep(boolean forward) {
        if (review == null || !tabs.getTabs().contains(reviewTab)) {
            openReview(null);
            return;
        }
        tabs.getSelectionModel().select(reviewTab);
        if (forward) {
            main.review().next();
        } else {
            main.review().previous();
        }
    }

    private void reviewDo(Runnable decision) {
        if (review == null || !tabs.getTabs().contains(reviewTab)) {
            openReview(null);
            return;
        }
        decision.run();
    }

    private void focusNote() {
        openReview(null);
        review.note.requestFocus();
    }

    private void jumpTo(Analysis a, Span span) {
        for (DocumentView v : new ArrayList<>(views.values())) {
            if (v.doc.article().source().equals(a.article().source())) {
                tabs.getSelectionModel().select(v.tab);
                v.editor.select(span);
                v.editor.requestFocus();
                return;
            }
        }
    }

    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        a.getDialogPane().setContent(unwrapped(m.get("dialog.about")));
        a.initOwner(stage);
        a.setTitle(m.get("action.about"));
        a.setHeaderText(m.get("app.title"));
        a.getDialogPane().setNodeOrientation(root.getNodeOrientation());
        a.show();
    }
}
