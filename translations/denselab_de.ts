<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>denselab</name>
    <message>
        <location filename="../widgets/costs/costmetrics.cpp" line="+19"/>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs (conv + linear)</source>
        <translation>MACs (conv + linear)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAdd (torchstat)</source>
        <translation>MAdd (torchstat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flops (torchstat)</source>
        <translation>Flops (torchstat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (torchstat)</source>
        <translation>Speicher (torchstat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MemR+W (torchstat)</source>
        <translation>MemR+W (torchstat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIO (HarDNet)</source>
        <translation>CIO (HarDNet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic (all ops)</source>
        <translation>Datenverkehr (alle Ops)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations (train step)</source>
        <translation>Aktivierungen (Trainingsschritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>denselab::AppOptions</name>
    <message>
        <location filename="../app/appoptions.cpp" line="+15"/>
        <source>Design, cost, train and compare densely connected CNNs.</source>
        <translation>Dicht verbundene CNNs entwerfen, Kosten berechnen, trainieren und vergleichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Design file to open.</source>
        <translation>Zu öffnende Designdatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a built-in preset.</source>
        <translation>Eine integrierte Vorlage öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language (en, de, zh_TW).</source>
        <translation>Sprache der Benutzeroberfläche (en, de, zh_TW).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main window to PNG once the design is loaded, then exit.</source>
        <translation>Hauptfenster nach dem Laden des Designs als PNG rendern, dann beenden.</translation>
    </message>
</context>
<context>
    <name>denselab::BlockDiagram</name>
    <message>
        <location filename="../widgets/diagram/blockdiagram.cpp" line="+26"/>
        <source>Block diagram</source>
        <translation>Blockdiagramm</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>out</source>
        <translation>Ausg.</translation>
    </message>
</context>
<context>
    <name>denselab::BlockEditor</name>
    <message>
        <location filename="../app/workspace/blockeditor.cpp" line="+45"/>
        <source>Smaller cells (Ctrl+wheel)</source>
        <translation>Kleinere Zellen (Strg+Mausrad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger cells (Ctrl+wheel)</source>
        <translation>Größere Zellen (Strg+Mausrad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole block</source>
        <translation>Ganzen Block anzeigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Move threshold</source>
        <translation>Schwelle verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit block %1</source>
        <translation>Block %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit network settings</source>
        <translation>Netzwerkeinstellungen bearbeiten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a dense block in the outline to edit its connectivity.</source>
        <translation>Wählen Sie in der Gliederung einen Dense-Block aus, um seine Verbindungen zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage %1 is a %2: only dense blocks have a connectivity matrix.</source>
        <translation>Stufe %1 ist vom Typ %2: Nur Dense-Blöcke haben eine Verbindungsmatrix.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stage %1 cannot be built: see the cost panel.</source>
        <translation>Stufe %1 kann nicht gebaut werden: siehe Kostenbereich.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>override</source>
        <translation>Überschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Stage %1&lt;/b&gt; · %2 · %3 layers · %4 connections · %5 → %6 channels</source>
        <translation>&lt;b&gt;Stufe %1&lt;/b&gt; · %2 · %3 Schichten · %4 Verbindungen · %5 → %6 Kanäle</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>block input x0</source>
        <translation>Blockeingang x0</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>block output</source>
        <translation>Blockausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 channels, %2</source>
        <translation>%1 Kanäle, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom override of the rule</source>
        <translation>benutzerdefinierte Überschreibung der Regel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toggling it would leave the design unbuildable.</source>
        <translation>Durch Umschalten wäre das Design nicht mehr baubar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing it changes:</source>
        <translation>Entfernen ändert:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adding it changes:</source>
        <translation>Hinzufügen ändert:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect %1 → %2</source>
        <translation>%1 → %2 verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disconnect %1 → %2</source>
        <translation>%1 → %2 trennen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connect %n cells</source>
        <translation>
            <numerusform>%n Zelle verbinden</numerusform>
            <numerusform>%n Zellen verbinden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Disconnect %n cells</source>
        <translation>
            <numerusform>%n Zelle trennen</numerusform>
            <numerusform>%n Zellen trennen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>denselab::BlockForm</name>
    <message>
        <location filename="../widgets/forms/blockform.cpp" line="+28"/>
        <source>DenseNet (dense)</source>
        <translation>DenseNet (dicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HarDNet (harmonic)</source>
        <translation>HarDNet (harmonisch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LogDenseNet</source>
        <translation>LogDenseNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SparseNet (keep n)</source>
        <translation>SparseNet (n behalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ThresholdNet-ab (dense up to T)</source>
        <translation>ThresholdNet-ab (dicht bis T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ThresholdNet-bc (sparse up to T)</source>
        <translation>ThresholdNet-bc (dünn bis T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (drawn)</source>
        <translation>Benutzerdefiniert (gezeichnet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectivity rule</source>
        <translation>Verbindungsregel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depth (layers)</source>
        <translation>Tiefe (Schichten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growth rate k</source>
        <translation>Wachstumsrate k</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threshold T (layer)</source>
        <translation>Schwelle T (Schicht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HarDNet multiplier m</source>
        <translation>HarDNet-Multiplikator m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep n (SparseNet)</source>
        <translation>n behalten (SparseNet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As stated in the paper</source>
        <translation>Wie im Paper beschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As printed in the tables</source>
        <translation>Wie in den Tabellen abgedruckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harmonic style</source>
        <translation>Harmonischer Stil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottleneck (× k)</source>
        <translation>Bottleneck (× k)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BN → ReLU → conv (pre-activation)</source>
        <translation>BN → ReLU → conv (Vor-Aktivierung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conv → BN → ReLU</source>
        <translation>conv → BN → ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer order</source>
        <translation>Schichtreihenfolge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All layers</source>
        <translation>Alle Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd layers and the last</source>
        <translation>Ungerade Schichten und die letzte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block output</source>
        <translation>Blockausgabe</translation>
    </message>
</context>
<context>
    <name>denselab::CompareDialog</name>
    <message>
        <location filename="../app/workspace/comparedialog.cpp" line="+41"/>
        <source>Compare designs</source>
        <translation>Designs vergleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the current design with:</source>
        <translation>Aktuelles Design vergleichen mit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dense counterpart</source>
        <translation>Dichtes Gegenstück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dense block</source>
        <translation>Dense-Block</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A: current design (red: only in A)</source>
        <translation>A: aktuelles Design (rot: nur in A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B (green: only in B)</source>
        <translation>B (grün: nur in B)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layers A</source>
        <translation>Schichten A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layers B</source>
        <translation>Schichten B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a design to compare</source>
        <translation>Design zum Vergleichen öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DenseLab designs (*.json)</source>
        <translation>DenseLab-Designs (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the file: %1</source>
        <translation>Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The current design cannot be built: %1</source>
        <translation>Das aktuelle Design kann nicht gebaut werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Design B cannot be built: %1</source>
        <translation>Design B kann nicht gebaut werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the dense counterpart</source>
        <translation>das dichte Gegenstück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A: %1 · B: %2</source>
        <translation>A: %1 · B: %2</translation>
    </message>
</context>
<context>
    <name>denselab::ConnectivityMatrixEditor</name>
    <message>
        <location filename="../widgets/matrix/connectivitymatrixeditor.cpp" line="+33"/>
        <source>Connectivity matrix</source>
        <translation>Verbindungsmatrix</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>out</source>
        <translation>Ausg.</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>%1 → %2: %3 channels</source>
        <translation>%1 → %2: %3 Kanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block input x0</source>
        <translation>Blockeingang x0</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>block output</source>
        <translation>Blockausgang</translation>
    </message>
</context>
<context>
    <name>denselab::CostBaseline</name>
    <message>
        <location filename="../app/document/costbaseline.cpp" line="+35"/>
        <source>Dense counterpart</source>
        <translation>Dichtes Gegenstück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved version</source>
        <translation>Zuletzt gespeicherte Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preset %1</source>
        <translation>Vorlage %1</translation>
    </message>
</context>
<context>
    <name>denselab::CostPanel</name>
    <message>
        <location filename="../widgets/costs/costpanel.cpp" line="+35"/>
        <source>Baseline:</source>
        <translation>Basislinie:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+122"/>
        <source>Baseline</source>
        <translation>Basislinie</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MemR+W per layer</source>
        <translation>MemR+W pro Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIO per layer</source>
        <translation>CIO pro Schicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export channels chart…</source>
        <translation>Kanaldiagramm exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export cost chart…</source>
        <translation>Kostendiagramm exportieren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This design cannot be built: %1</source>
        <translation>Dieses Design kann nicht gebaut werden: %1</translation>
    </message>
</context>
<context>
    <name>denselab::LayerChart</name>
    <message>
        <location filename="../widgets/costs/layerchart.cpp" line="+28"/>
        <source>Layer (all dense blocks, in order)</source>
        <translation>Schicht (alle Dense-Blöcke, der Reihe nach)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Input channels</source>
        <translation>Eingangskanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MemR+W (MiB)</source>
        <translation>MemR+W (MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIO (M elements)</source>
        <translation>CIO (Mio. Elemente)</translation>
    </message>
</context>
<context>
    <name>denselab::LayerCostModel</name>
    <message>
        <location filename="../widgets/costs/layercostmodel.cpp" line="+73"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op</source>
        <translation>Op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAdd</source>
        <translation>MAdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flops</source>
        <translation>Flops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MemR+W</source>
        <translation>MemR+W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIO</source>
        <translation>CIO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>denselab::LibraryPanel</name>
    <message>
        <location filename="../app/workspace/librarypanel.cpp" line="+30"/>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recent files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My designs</source>
        <translation>Meine Designs</translation>
    </message>
</context>
<context>
    <name>denselab::MainWindow</name>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="+62"/>
        <location line="+55"/>
        <location line="+5"/>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open design</source>
        <translation>Design öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/mainwindow/mainwindowfiles.cpp" line="+98"/>
        <source>DenseLab designs (*.json)</source>
        <translation>DenseLab-Designs (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectivity matrix…</source>
        <translation>Verbindungsmatrix…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block diagram…</source>
        <translation>Blockdiagramm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diagram</source>
        <translation>Blockdiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input channels chart…</source>
        <translation>Diagramm der Eingangskanäle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per-layer cost chart…</source>
        <translation>Kostendiagramm pro Schicht…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost report as CSV…</source>
        <translation>Kostenbericht als CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost report as Markdown…</source>
        <translation>Kostenbericht als Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add dense block</source>
        <translation>Dense-Block hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add transition</source>
        <translation>Übergang hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate stage</source>
        <translation>Stufe duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove stage</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare designs…</source>
        <translation>Designs &amp;vergleichen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom matrix in</source>
        <translation>Matrix vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom matrix out</source>
        <translation>Matrix verkleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About DenseLab</source>
        <translation>&amp;Über DenseLab</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 nodes · %2 dense blocks</source>
        <translation>%1 Knoten · %2 Dense-Blöcke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The design cannot be built</source>
        <translation>Das Design kann nicht gebaut werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1[*] — DenseLab</source>
        <translation>%1[*] — DenseLab</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About DenseLab</source>
        <translation>Über DenseLab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;DenseLab %1&lt;/b&gt;&lt;br&gt;Design, cost, train and compare densely connected CNNs.</source>
        <translation>&lt;b&gt;DenseLab %1&lt;/b&gt;&lt;br&gt;Dicht verbundene CNNs entwerfen, Kosten berechnen, trainieren und vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindowexports.cpp" line="+19"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+24"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Export cost report</source>
        <translation>Kostenbericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindowfiles.cpp" line="-50"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the design</source>
        <translation>Design kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the preset</source>
        <translation>Vorlage kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save design</source>
        <translation>Design speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save the design</source>
        <translation>Design kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The design &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Das Design „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore unsaved design?</source>
        <translation>Ungespeichertes Design wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DenseLab did not close normally last time. Restore the design you were editing?</source>
        <translation>DenseLab wurde beim letzten Mal nicht normal beendet. Das zuletzt bearbeitete Design wiederherstellen?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot restore the design</source>
        <translation>Design kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The recovery file %1 is damaged; it was kept as %1.damaged.</source>
        <translation>Die Wiederherstellungsdatei %1 ist beschädigt; sie wurde als %1.damaged aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>denselab::NetworkForm</name>
    <message>
        <location filename="../widgets/forms/networkform.cpp" line="+18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Input (C × H × W)</source>
        <translation>Eingabe (C × H × W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harmonic block when its input channels exceed T (ThreshNet)</source>
        <translation>Harmonischer Block, wenn die Eingangskanäle T überschreiten (ThreshNet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel threshold</source>
        <translation>Kanalschwelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T (channels)</source>
        <translation>T (Kanäle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input channels &gt; T</source>
        <translation>Eingangskanäle &gt; T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input channels ≥ T</source>
        <translation>Eingangskanäle ≥ T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
</context>
<context>
    <name>denselab::OutlinePanel</name>
    <message>
        <location filename="../app/workspace/outlinepanel.cpp" line="+26"/>
        <source>%1 layers, k=%2, %3</source>
        <translation>%1 Schichten, k=%2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 channels</source>
        <translation>%1 Kanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compression %1</source>
        <translation>Kompression %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 blocks × %2 planes</source>
        <translation>%1 Blöcke × %2 Kanäle</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n convolutions</source>
        <translation>
            <numerusform>%n Faltung</numerusform>
            <numerusform>%n Faltungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units %1-%2-%3</source>
        <translation>Einheiten %1-%2-%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stage after the selection</source>
        <translation>Stufe nach der Auswahl hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dense block</source>
        <translation>Dense-Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected stage</source>
        <translation>Ausgewählte Stufe entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected stage</source>
        <translation>Ausgewählte Stufe duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the stage up</source>
        <translation>Stufe nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the stage down</source>
        <translation>Stufe nach unten verschieben</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stem</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 classes</source>
        <translation>%1 Klassen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add dense block</source>
        <translation>Dense-Block hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add transition</source>
        <translation>Übergang hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove stage %1</source>
        <translation>Stufe %1 entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duplicate stage %1</source>
        <translation>Stufe %1 duplizieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move stage %1</source>
        <translation>Stufe %1 verschieben</translation>
    </message>
</context>
<context>
    <name>denselab::PreferencesDialog</name>
    <message>
        <location filename="../app/mainwindow/preferencesdialog.cpp" line="+16"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when DenseLab starts again.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von DenseLab wirksam.</translation>
    </message>
</context>
<context>
    <name>denselab::RegionPalette</name>
    <message>
        <location filename="../widgets/matrix/regionpalette.cpp" line="+34"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sparse</source>
        <translation>dünn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>harmonic</source>
        <translation>harmonisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>denselab::WidgetExport</name>
    <message>
        <location filename="../widgets/export/widgetexport.cpp" line="+18"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
</context>
</TS>
