<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>denselab</name>
    <message>
        <location filename="../widgets/costs/costmetrics.cpp" line="+22"/>
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
        <location filename="../app/appoptions.cpp" line="+29"/>
        <source>Design, cost, train and compare densely connected CNNs.
Exit status: 0 on success, 2 on bad command-line input.</source>
        <translation>Dicht verbundene CNNs entwerfen, Kosten berechnen, trainieren und vergleichen.
Exit-Status: 0 bei Erfolg, 2 bei fehlerhaften Befehlszeilenangaben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Design file to open.</source>
        <translation>Zu öffnende Designdatei.</translation>
    </message>
    <message>
        <location line="-9"/>
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
    <message>
        <location line="+5"/>
        <source>Train the design in the window.</source>
        <translation>Das Design im Fenster trainieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset to train on (default fashion-mnist).</source>
        <translation>Datensatz für das Training (Standard: fashion-mnist).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the dataset&apos;s files.</source>
        <translation>Ordner mit den Dateien des Datensatzes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs to train.</source>
        <translation>Anzahl der zu trainierenden Epochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train on the first N images.</source>
        <translation>Mit den ersten N Bildern trainieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test on the first N images.</source>
        <translation>Mit den ersten N Bildern testen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --train: print how late the window&apos;s event loop ran during the run.</source>
        <translation>Mit --train: ausgeben, wie stark die Ereignisschleife des Fensters während des Laufs verzögert war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare trained runs (repeat for each run folder).</source>
        <translation>Trainierte Läufe vergleichen (für jeden Laufordner wiederholen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a run folder on its page (training, search or pruning job).</source>
        <translation>Einen Lauf-Ordner auf seiner Seite öffnen (Training, Suche oder Pruning-Auftrag).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a guided tour: a built-in one by name, or a tour file.</source>
        <translation>Eine geführte Tour starten: eine eingebaute nach Namen oder eine Tour-Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --tour: open the tour at step N (from 1).</source>
        <translation>Mit --tour: die Tour bei Schritt N öffnen (ab 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in presentation mode (full screen, larger type).</source>
        <translation>Im Präsentationsmodus starten (Vollbild, größere Schrift).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print how long after the process started the window was shown, and the peak memory until then, then exit (scripts/bench-startup).</source>
        <translation>Ausgeben, wie lange nach dem Prozessstart das Fenster erschien und wie viel Speicher bis dahin höchstens belegt war, dann beenden (scripts/bench-startup).</translation>
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
        <location filename="../app/workspace/blockeditor.cpp" line="+46"/>
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
        <location line="+14"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Move threshold</source>
        <translation>Schwelle verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit block %1</source>
        <translation>Block %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+12"/>
        <source>Stage %1 cannot be built: see the cost panel. Undo or fix the parameters.</source>
        <translation>Stufe %1 lässt sich nicht bauen: siehe Kostenbereich. Rückgängig machen oder die Parameter korrigieren.</translation>
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
    <message>
        <location line="+3"/>
        <source>How the block&apos;s layers connect. DenseNet (Huang et al., 2017): every layer reads all earlier ones. HarDNet (Chao et al., 2019): layer i reads i − 2ⁿ for every 2ⁿ dividing i. SparseNet (Liu &amp; Zeng, 2018): the n/2 nearest and n/2 farthest. ThresholdNet (Ju et al., 2021): dense (-ab) or sparse (-bc) up to layer T, harmonic above. Custom: the cells you draw.</source>
        <translation>Wie die Schichten des Blocks verbunden sind. DenseNet (Huang et al., 2017): jede Schicht liest alle früheren. HarDNet (Chao et al., 2019): Schicht i liest i − 2ⁿ für jedes 2ⁿ, das i teilt. SparseNet (Liu &amp; Zeng, 2018): die n/2 nächsten und n/2 entferntesten. ThresholdNet (Ju et al., 2021): dicht (-ab) oder dünn (-bc) bis Schicht T, darüber harmonisch. Benutzerdefiniert: die gezeichneten Zellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L: the number of layers in the block (x₁ … x_L); x₀ is the block&apos;s input.</source>
        <translation>L: die Zahl der Schichten im Block (x₁ … x_L); x₀ ist die Eingabe des Blocks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k, the growth rate (DenseNet): the channels each layer adds.</source>
        <translation>k, die Wachstumsrate (DenseNet): die Kanäle, die jede Schicht hinzufügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T (ThresholdNet): layers i ≤ T follow the dense (-ab) or sparse (-bc) rule, layers above T the harmonic one. Only the ThresholdNet rules use it.</source>
        <translation>T (ThresholdNet): Schichten i ≤ T folgen der dichten (-ab) oder dünnen (-bc) Regel, Schichten über T der harmonischen. Nur die ThresholdNet-Regeln verwenden es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>m (HarDNet): a layer whose index has 2^v as its largest power-of-two divisor is k·m^v channels wide, rounded to even. HarDNet uses m = 1.7; 1 keeps every layer k wide.</source>
        <translation>m (HarDNet): eine Schicht, deren Index 2^v als größten Zweierpotenz-Teiler hat, ist k·m^v Kanäle breit, auf gerade gerundet. HarDNet verwendet m = 1,7; 1 lässt jede Schicht k breit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n (SparseNet): each layer keeps its n/2 nearest and n/2 farthest predecessors.</source>
        <translation>n (SparseNet): jede Schicht behält ihre n/2 nächsten und n/2 entferntesten Vorgänger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ThresholdNet&apos;s harmonic part as its equations state it, or as its tables print it (the two differ; the user guide says where).</source>
        <translation>Der harmonische Teil von ThresholdNet wie in seinen Gleichungen oder wie in seinen Tabellen gedruckt (beide unterscheiden sich; das Handbuch sagt, wo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DenseNet-B: a 1×1 convolution of (this × k) channels before each 3×3 one. DenseNet-BC uses 4, i.e. 4k.</source>
        <translation>DenseNet-B: eine 1×1-Faltung mit (dieser Wert × k) Kanälen vor jeder 3×3-Faltung. DenseNet-BC verwendet 4, also 4k.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-activation BN → ReLU → conv (DenseNet) or conv → BN → ReLU (HarDNet, ThreshNet).</source>
        <translation>Präaktivierung BN → ReLU → Faltung (DenseNet) oder Faltung → BN → ReLU (HarDNet, ThreshNet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the block passes on: every layer&apos;s output x₀ … x_L (DenseNet), or the odd layers and the last (HarDNet).</source>
        <translation>Was der Block weitergibt: die Ausgabe jeder Schicht x₀ … x_L (DenseNet) oder die ungeraden Schichten und die letzte (HarDNet).</translation>
    </message>
</context>
<context>
    <name>denselab::CompareDialog</name>
    <message>
        <location filename="../app/workspace/comparedialog.cpp" line="+27"/>
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
        <location line="+14"/>
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
        <location line="+27"/>
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
    <message>
        <location line="+27"/>
        <source>current design</source>
        <translation>aktuelles Design</translation>
    </message>
</context>
<context>
    <name>denselab::ComparisonView</name>
    <message>
        <location filename="../app/runs/comparisonview.cpp" line="+72"/>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test accuracy (%)</source>
        <translation>Testgenauigkeit (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train accuracy (%)</source>
        <translation>Trainingsgenauigkeit (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by epoch</source>
        <translation>nach Epoche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by training time (s)</source>
        <translation>nach Trainingszeit (s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Export plot…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>MemR+W</source>
        <translation>MemR+W</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>CIO</source>
        <translation>CIO</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Epoch time</source>
        <translation>Epochendauer</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Test error against</source>
        <translation>Testfehler gegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accuracy vs cost</source>
        <translation>Genauigkeit vs. Kosten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Baseline run for CE and SE</source>
        <translation>Basislinien-Lauf für CE und SE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best test acc.</source>
        <translation>Beste Testgenauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flops</source>
        <translation>Flops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CE</source>
        <translation>CE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SE</source>
        <translation>SE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CE = (acc / Flops) / (acc_base / Flops_base), SE = (acc / params) / (acc_base / params_base) (TissueNet); Flops as torchstat counts them, accuracy = best test top-1.</source>
        <translation>CE = (acc / Flops) / (acc_base / Flops_base), SE = (acc / params) / (acc_base / params_base) (TissueNet); Flops wie von torchstat gezählt, acc = beste Top-1-Testgenauigkeit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Dense block</source>
        <translation>Dense-Block</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Matrices</source>
        <translation>Matrizen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection strength</source>
        <translation>Verbindungsstärke</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy-vs-cost</source>
        <translation>Genauigkeit-vs-Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection-strength</source>
        <translation>Verbindungsstärke</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Training time (s)</source>
        <translation>Trainingszeit (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Params (M)</source>
        <translation>Parameter (Mio.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MACs (M)</source>
        <translation>MACs (Mio.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MemR+W (MiB)</source>
        <translation>MemR+W (MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIO (M elements)</source>
        <translation>CIO (Mio. Elemente)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epoch time (s)</source>
        <translation>Epochendauer (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test error (%)</source>
        <translation>Testfehler (%)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Mean |weight| of each layer&apos;s first convolution per source, block %1 (stage %2).</source>
        <translation>Mittleres |Gewicht| der ersten Faltung jeder Schicht pro Quelle, Block %1 (Stufe %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the checkpoint of %1…</source>
        <translation>Checkpoint von %1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No heatmap: %1</source>
        <translation>Keine Heatmap: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
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
    <message>
        <location line="+2"/>
        <source>Parent %1</source>
        <translation>Elternnetz %1</translation>
    </message>
</context>
<context>
    <name>denselab::CostPanel</name>
    <message>
        <location filename="../widgets/costs/costpanel.cpp" line="+40"/>
        <source>Baseline:</source>
        <translation>Basislinie:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+156"/>
        <source>Baseline</source>
        <translation>Basislinie</translation>
    </message>
    <message>
        <location line="-156"/>
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
        <source>Double-click a convolution to set its width</source>
        <translation>Doppelklick auf eine Faltung setzt ihre Breite</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set width of %1…</source>
        <translation>Breite von %1 setzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset to the designed %1 channels</source>
        <translation>Auf die entworfenen %1 Kanäle zurücksetzen</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+43"/>
        <source>This design cannot be built: %1</source>
        <translation>Dieses Design kann nicht gebaut werden: %1</translation>
    </message>
</context>
<context>
    <name>denselab::JobControls</name>
    <message>
        <location filename="../app/runs/jobcontrols.cpp" line="+69"/>
        <location line="+1"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adam&apos;s learning rate (the demo recipe, cosine schedule) for every epoch that trains weights</source>
        <translation>Lernrate von Adam (Rezept „demo“, Kosinus-Plan) für jede Epoche, die Gewichte trainiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The open design is trained this long first; a trained run is used as it is</source>
        <translation>Das offene Design wird zuerst so lange trainiert; ein trainierter Lauf wird so verwendet, wie er ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: preparing…</source>
        <translation>%1: wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 started in %2</source>
        <translation>%1 gestartet in %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Parent</source>
        <translation>Elternnetz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pretraining epochs</source>
        <translation>Epochen Vortraining</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+132"/>
        <source>The parent run cannot be read: %1</source>
        <translation>Der Elternlauf kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>denselab::LayerChart</name>
    <message>
        <location filename="../widgets/costs/layerchart.cpp" line="+23"/>
        <source>before pruning</source>
        <translation>vor dem Pruning</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Layer (all dense blocks, in order)</source>
        <translation>Schicht (alle Dense-Blöcke, der Reihe nach)</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../widgets/costs/layercostmodel.cpp" line="+60"/>
        <source> (of %1)</source>
        <translation> (von %1)</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../app/workspace/librarypanel.cpp" line="+31"/>
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
        <location filename="../app/mainwindow/mainwindow.cpp" line="+65"/>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prune</source>
        <translation>Pruning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../app/mainwindow/mainwindowmenus.cpp" line="+66"/>
        <location line="+5"/>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training run ended: %1</source>
        <translation>Trainingslauf beendet: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set width</source>
        <translation>Breite setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output channels of %1 (designed: %2)</source>
        <translation>Ausgangskanäle von %1 (entworfen: %2)</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location filename="../app/mainwindow/mainwindowmenus.cpp" line="-22"/>
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
        <location filename="../app/mainwindow/mainwindowfiles.cpp" line="+84"/>
        <source>Open design</source>
        <translation>Design öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>DenseLab designs (*.json)</source>
        <translation>DenseLab-Designs (*.json)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindowmenus.cpp" line="+1"/>
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
        <source>PyTorch code (model.py)…</source>
        <translation>PyTorch-Code (model.py)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONNX model…</source>
        <translation>ONNX-Modell…</translation>
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
        <location line="+8"/>
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
        <location line="+7"/>
        <source>Reset layout</source>
        <translation>Anordnung zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guided &amp;tours</source>
        <translation>Geführte &amp;Touren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a tour file…</source>
        <translation>Tour-Datei öffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tour</source>
        <translation>Tour öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DenseLab tours (*.json)</source>
        <translation>DenseLab-Touren (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About DenseLab</source>
        <translation>&amp;Über DenseLab</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="+61"/>
        <source>%1 nodes · %2 dense blocks</source>
        <translation>%1 Knoten · %2 Dense-Blöcke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The design cannot be built</source>
        <translation>Das Design kann nicht gebaut werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1[*] — DenseLab</source>
        <translation>%1[*] — DenseLab</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>About DenseLab</source>
        <translation>Über DenseLab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;DenseLab %1&lt;/b&gt;&lt;br&gt;Design, cost, train and compare densely connected CNNs.</source>
        <translation>&lt;b&gt;DenseLab %1&lt;/b&gt;&lt;br&gt;Dicht verbundene CNNs entwerfen, Kosten berechnen, trainieren und vergleichen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Set the width of %1 to %2</source>
        <translation>Breite von %1 auf %2 setzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the run</source>
        <translation>Lauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+7"/>
        <source>Cannot resume the run</source>
        <translation>Lauf kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 is training or already queued.</source>
        <translation>%1 wird gerade trainiert oder steht bereits in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resume the run?</source>
        <translation>Lauf fortsetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 says it is still %2. If denselab-cli is training it now, resuming here would make two trainers write to it. Resume anyway?</source>
        <translation>%1 meldet noch den Zustand %2. Wenn denselab-cli ihn gerade trainiert, würden beim Fortsetzen hier zwei Trainer hineinschreiben. Trotzdem fortsetzen?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Training in progress</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A run is training. Stop it and quit? It can be resumed later from the Runs page.</source>
        <translation>Ein Lauf trainiert gerade. Anhalten und beenden? Er lässt sich später auf der Seite „Läufe“ fortsetzen.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindowexports.cpp" line="+30"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+24"/>
        <location line="+91"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-109"/>
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
        <location line="+27"/>
        <source>Exports with weights wait until the training run ends: building the network would change the random draws of the run in progress.</source>
        <translation>Exporte mit Gewichten warten, bis der Trainingslauf endet: Das Netz aufzubauen würde die Zufallszahlen des laufenden Trainings verändern.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Export ONNX model</source>
        <translation>ONNX-Modell exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX-Modell (*.onnx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for model.py</source>
        <translation>Ordner für model.py</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder for model.py and weights.pt</source>
        <translation>Ordner für model.py und weights.pt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindowfiles.cpp" line="-81"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the design</source>
        <translation>Design kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the preset</source>
        <translation>Vorlage kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Save design</source>
        <translation>Design speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save the design</source>
        <translation>Design kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The design &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Das Design „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <message>
        <location filename="../app/mainwindow/mainwindowtours.cpp" line="+36"/>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+18"/>
        <source>Cannot start the tour</source>
        <translation>Die Tour kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot open the tour</source>
        <translation>Die Tour kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tour &quot;%1&quot; has steps 1 to %2, not %3.</source>
        <translation>Die Tour „%1“ hat die Schritte 1 bis %2, nicht %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot show this step of the tour</source>
        <translation>Dieser Schritt der Tour kann nicht gezeigt werden</translation>
    </message>
</context>
<context>
    <name>denselab::MatrixDiffView</name>
    <message>
        <location filename="../widgets/matrix/matrixdiffview.cpp" line="+82"/>
        <source>A: %1 (red: only in A)</source>
        <translation>A: %1 (rot: nur in A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1 (green: only in B)</source>
        <translation>B: %1 (grün: nur in B)</translation>
    </message>
</context>
<context>
    <name>denselab::NetworkForm</name>
    <message>
        <location filename="../widgets/forms/networkform.cpp" line="+29"/>
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
        <location line="+4"/>
        <source>ImageNet: 7×7/2 conv + max-pool (side ÷ 4)</source>
        <translation>ImageNet: 7×7/2-Faltung + Max-Pooling (Seite ÷ 4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small input: one 3×3 conv (side kept)</source>
        <translation>Kleine Eingabe: eine 3×3-Faltung (Seite bleibt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two convs + max-pool, HarDNet/ThreshNet (side ÷ 4)</source>
        <translation>Zwei Faltungen + Max-Pooling, HarDNet/ThreshNet (Seite ÷ 4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: the first stage reads the image</source>
        <translation>Keiner: die erste Stufe liest das Bild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stem</source>
        <translation>Stamm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The design&apos;s name, used for run folders and exports.</source>
        <translation>Der Name des Entwurfs, für Lauf-Ordner und Exporte verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C: image channels (1 grey, 3 colour).</source>
        <translation>C: Bildkanäle (1 grau, 3 farbig).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H: image height in pixels. Training adapts it to the dataset unless images are resized.</source>
        <translation>H: Bildhöhe in Pixeln. Das Training passt sie an den Datensatz an, außer Bilder werden skaliert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W: image width in pixels.</source>
        <translation>W: Bildbreite in Pixeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs of the classifier (10 for CIFAR-10, 1000 for ImageNet).</source>
        <translation>Ausgaben des Klassifikators (10 für CIFAR-10, 1000 für ImageNet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layers before the first block. Small images (28×28, 32×32) need the small-input stem: the ImageNet and two-conv stems divide the side by 4 before any block.</source>
        <translation>Die Schichten vor dem ersten Block. Kleine Bilder (28×28, 32×32) brauchen den Stamm für kleine Eingaben: die ImageNet- und Zwei-Faltungs-Stämme teilen die Seite vor jedem Block durch 4.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>ThreshNet (Ju et al., 2022): a block whose input has more channels than T (or at least T) becomes harmonic with odd-and-last output; the others are dense.</source>
        <translation>ThreshNet (Ju et al., 2022): ein Block, dessen Eingabe mehr als T (oder mindestens T) Kanäle hat, wird harmonisch mit ungerader-und-letzter Ausgabe; die anderen sind dicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T, in channels: ThreshNet&apos;s paper states 320; its code compares ≥ 288.</source>
        <translation>T in Kanälen: das ThreshNet-Paper nennt 320; sein Code vergleicht ≥ 288.</translation>
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
    <message>
        <location line="+1"/>
        <source>Whether a block with exactly T input channels is harmonic (≥) or dense (&gt;).</source>
        <translation>Ob ein Block mit genau T Eingabekanälen harmonisch (≥) oder dicht (&gt;) ist.</translation>
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
    <message numerus="yes">
        <location line="+10"/>
        <source>, %n pruned conv(s)</source>
        <translation>
            <numerusform>, %n geprunte Faltung</numerusform>
            <numerusform>, %n geprunte Faltungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 classes</source>
        <translation>%1 Klassen</translation>
    </message>
    <message>
        <location line="+51"/>
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
    <name>denselab::PairedBars</name>
    <message>
        <location filename="../widgets/plots/pairedbars.cpp" line="+41"/>
        <source>parent</source>
        <translation>Elternnetz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
</context>
<context>
    <name>denselab::ParentPicker</name>
    <message>
        <location filename="../app/runs/parentpicker.cpp" line="+25"/>
        <source>Read the runs folder again</source>
        <translation>Den Lauf-Ordner neu einlesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Open design: %1</source>
        <translation>Offenes Design: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 · %3 %</source>
        <translation>%1 · %2 · %3 %</translation>
    </message>
</context>
<context>
    <name>denselab::PreferencesDialog</name>
    <message>
        <location filename="../app/mainwindow/preferencesdialog.cpp" line="+22"/>
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
    <message>
        <location line="+14"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs folder</source>
        <translation>Ordner für Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datasets folder</source>
        <translation>Ordner für Datensätze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each dataset&apos;s own folder (see the Training page)</source>
        <translation>der eigene Ordner jedes Datensatzes (siehe Seite Training)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datasets are looked for in the datasets folder, one sub-folder per dataset (cifar10, svhn, …); new runs go to the runs folder.</source>
        <translation>Datensätze werden im Datensatz-Ordner gesucht, ein Unterordner je Datensatz (cifar10, svhn, …); neue Läufe kommen in den Lauf-Ordner.</translation>
    </message>
</context>
<context>
    <name>denselab::PrunePlots</name>
    <message>
        <location filename="../widgets/plots/pruneplots.cpp" line="+16"/>
        <source>Test accuracy (%)</source>
        <translation>Testgenauigkeit (%)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>MACs (M)</source>
        <translation>MACs (Mio.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Params (M)</source>
        <translation>Parameter (Mio.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>after removal</source>
        <translation>nach dem Entfernen</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>after fine-tuning</source>
        <translation>nach dem Feinabstimmen</translation>
    </message>
</context>
<context>
    <name>denselab::PruneView</name>
    <message>
        <location filename="../app/prune/pruneview.cpp" line="+39"/>
        <source>No pruning job yet.</source>
        <translation>Noch kein Pruning-Auftrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>original filters</source>
        <translation>ursprüngliche Filter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prunable convolution (network order)</source>
        <translation>Prunbare Faltung (Reihenfolge im Netz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the pruned design</source>
        <translation>Geprunetes Design öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the job&apos;s current design in the workspace, its parent as the cost baseline</source>
        <translation>Das aktuelle Design des Auftrags im Arbeitsbereich öffnen, mit dem Elternnetz als Kostenbasis</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>epoch %1: test accuracy %2 %</source>
        <translation>Epoche %1: Testgenauigkeit %2 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>taylor: |mean of activation × gradient| (Molchanov et al. 2017); activation: mean |activation|; l1: the filter&apos;s weights (Li et al. 2016); random: a baseline</source>
        <translation>taylor: |Mittel von Aktivierung × Gradient| (Molchanov et al. 2017); activation: mittlere |Aktivierung|; l1: die Gewichte des Filters (Li et al. 2016); random: eine Vergleichsbasis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank costly filters lower (MACs per filter)</source>
        <translation>Teure Filter niedriger einstufen (MACs je Filter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the parent&apos;s prunable filters removed per iteration (the seed: 5 %)</source>
        <translation>Anteil der prunbaren Filter des Elternnetzes, der je Iteration entfernt wird (die Vorlage: 5 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine-tuning epochs</source>
        <translation>Epochen Feinabstimmung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop once the MACs are at most this share of the parent&apos;s</source>
        <translation>Anhalten, sobald die MACs höchstens diesen Anteil des Elternnetzes erreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target MACs</source>
        <translation>Ziel-MACs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave convolutions before an addition (the seed&apos;s rule)</source>
        <translation>Faltungen vor einer Addition belassen (Regel der Vorlage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranking mini-batches</source>
        <translation>Mini-Batches für die Rangfolge</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This design cannot be pruned: %1</source>
        <translation>Dieses Design kann nicht geprunt werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prune %1 · %2</source>
        <translation>Pruning %1 · %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Parent: %1 M MACs, %2 params, test accuracy %3 %</source>
        <translation>Elternnetz: %1 Mio. MACs, %2 Parameter, Testgenauigkeit %3 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Iteration %1: %2 filters removed; MACs %3 % and params %4 % of the parent&apos;s; test accuracy %5 % after removal, %6 % after fine-tuning</source>
        <translation>Iteration %1: %2 Filter entfernt; MACs %3 % und Parameter %4 % des Elternnetzes; Testgenauigkeit %5 % nach dem Entfernen, %6 % nach dem Feinabstimmen</translation>
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
    <name>denselab::RunState</name>
    <message>
        <location filename="../app/runs/runstatetext.cpp" line="+12"/>
        <source>preparing</source>
        <translation>wird vorbereitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
</context>
<context>
    <name>denselab::RunsBrowser</name>
    <message>
        <location filename="../app/runs/runsbrowser.cpp" line="+107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best test acc.</source>
        <translation>Beste Testgenauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epoch time</source>
        <translation>Epochendauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LR</source>
        <translation>LR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch code and weights…</source>
        <translation>PyTorch-Code und Gewichte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ONNX model…</source>
        <translation>ONNX-Modell…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>, fast engine</source>
        <translation>, schnelle Engine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, plain engine</source>
        <translation>, einfache Engine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured: the largest tensor memory of a training step (%1%2).</source>
        <translation>Gemessen: der größte Tensorspeicher eines Trainingsschritts (%1%2).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Measured: the largest tensor memory of a training step (%1%2).
Cost model: %3 kept for backward (activations × batch %4), %5 % of the measured peak.</source>
        <translation>Gemessen: der größte Tensorspeicher eines Trainingsschritts (%1%2).
Kostenmodell: %3 für den Rückwärtslauf behalten (Aktivierungen × Batch %4), %5 % der gemessenen Spitze.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>, memory-efficient dense layers</source>
        <translation>, speichersparende dichte Schichten</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>LWP search</source>
        <translation>LWP-Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pruning</source>
        <translation>Pruning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unreadable runs: %1</source>
        <translation>Unlesbare Läufe: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n run(s) with their checkpoints? This cannot be undone.</source>
        <translation>
            <numerusform>%n Lauf mit seinen Checkpoints löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Läufe mit ihren Checkpoints löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>denselab::SearchPlots</name>
    <message>
        <location filename="../widgets/plots/searchplots.cpp" line="+19"/>
        <source>Controller step</source>
        <translation>Schritt des Controllers</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Mean reward</source>
        <translation>Mittlere Belohnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>η (MACs ratio)</source>
        <translation>η (MACs-Verhältnis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child accuracy (%)</source>
        <translation>Genauigkeit der Kinder (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>average</source>
        <translation>Mittel</translation>
    </message>
</context>
<context>
    <name>denselab::SearchView</name>
    <message>
        <location filename="../app/search/searchview.cpp" line="+57"/>
        <source>No search yet.</source>
        <translation>Noch keine Suche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep-probabilities, block</source>
        <translation>Behaltewahrscheinlichkeiten, Block</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The controller&apos;s probability of keeping each connection (row: target layer, column: source)</source>
        <translation>Wahrscheinlichkeit, mit der der Controller jede Verbindung behält (Zeile: Zielschicht, Spalte: Quelle)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reward</source>
        <translation>Belohnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation acc. (%)</source>
        <translation>Validierungsgenauigkeit (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open in workspace</source>
        <translation>Im Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the child as a design; the cost panel compares it with its parent</source>
        <translation>Das Kind als Design öffnen; die Kostenansicht vergleicht es mit seinem Elternnetz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train from scratch</source>
        <translation>Von Grund auf trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue an ordinary training run of the child with the search&apos;s data</source>
        <translation>Einen gewöhnlichen Trainingslauf des Kindes mit den Daten der Suche einreihen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>parent</source>
        <translation>Elternnetz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input channels</source>
        <translation>Eingangskanäle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer (block.layer)</source>
        <translation>Schicht (Block.Schicht)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 epoch %2 · step %3/%4 · the controller decides %5 of %6 layers · reward %7 · η %8</source>
        <translation>%1 Epoche %2 · Schritt %3/%4 · der Controller entscheidet %5 von %6 Schichten · Belohnung %7 · η %8</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the parent&apos;s, or 10 %</source>
        <translation>die des Elternnetzes, sonst 10 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images held out of the training split; the children are ranked on them</source>
        <translation>Aus der Trainingsmenge zurückgehaltene Bilder; auf ihnen werden die Kinder gereiht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation images</source>
        <translation>Validierungsbilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>α: a correct prediction earns 1 − η^α; a small α presses harder on MACs</source>
        <translation>α: eine richtige Vorhersage bringt 1 − η^α; ein kleines α drückt stärker auf die MACs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>γ: a wrong prediction earns −γ (the seed&apos;s table prints γ = −0.5, meaning this penalty)</source>
        <translation>γ: eine falsche Vorhersage bringt −γ (die Tabelle der Vorlage druckt γ = −0,5 und meint diese Strafe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>γ</source>
        <translation>γ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until every layer</source>
        <translation>bis alle Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch t hands the controller the last t × stride layers; the others keep the parent&apos;s</source>
        <translation>Epoche t übergibt dem Controller die letzten t × Schrittweite Schichten; die übrigen behalten die des Elternnetzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum epochs</source>
        <translation>Epochen Curriculum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers per curriculum epoch</source>
        <translation>Schichten je Curriculum-Epoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithm 1&apos;s printed test (t &lt; K − t)</source>
        <translation>Der gedruckte Test von Algorithmus 1 (t &lt; K − t)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joint training epochs</source>
        <translation>Epochen gemeinsames Training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children sampled (Z)</source>
        <translation>Gezogene Kinder (Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children per step</source>
        <translation>Kinder je Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entropy bonus</source>
        <translation>Entropiebonus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Controller learning rate</source>
        <translation>Lernrate des Controllers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a full pass</source>
        <translation>ein voller Durchlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps per search epoch</source>
        <translation>Schritte je Suchepoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum: children use their batch&apos;s statistics</source>
        <translation>Curriculum: Kinder nutzen die Statistik ihres Batches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch norm with each mini-batch&apos;s statistics; otherwise the parent&apos;s running statistics, which misjudge children that read fewer channels</source>
        <translation>Batch-Norm mit der Statistik des jeweiligen Mini-Batches; sonst mit der laufenden Statistik des Elternnetzes, die Kinder mit weniger Eingangskanälen falsch beurteilt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the best child from scratch for this many epochs when the search ends</source>
        <translation>Das beste Kind nach der Suche so viele Epochen von Grund auf trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From-scratch epochs</source>
        <translation>Epochen von Grund auf</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This design cannot be searched: %1</source>
        <translation>In diesem Design kann nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LWP %1 · %2</source>
        <translation>LWP %1 · %2</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1 from scratch</source>
        <translation>%1 von Grund auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued %1 for training from scratch</source>
        <translation>%1 zum Training von Grund auf eingereiht</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Search %1: %2 children; the best keeps η = %3 of the parent&apos;s MACs at %4 % validation accuracy</source>
        <translation>Suche %1: %2 Kinder; das beste behält η = %3 der MACs des Elternnetzes bei %4 % Validierungsgenauigkeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search %1: stage %2</source>
        <translation>Suche %1: Phase %2</translation>
    </message>
</context>
<context>
    <name>denselab::ShortcutList</name>
    <message>
        <location filename="../app/mainwindow/helpwindows.cpp" line="+79"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>denselab::StartPage</name>
    <message>
        <location filename="../app/workspace/startpage.cpp" line="+34"/>
        <source>Welcome to DenseLab</source>
        <translation>Willkommen bei DenseLab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New from a preset</source>
        <translation>Neu aus einer Vorlage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guided tours</source>
        <translation>Geführte Touren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show this page at start</source>
        <translation>Diese Seite beim Start zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>denselab::StrengthHeatmap</name>
    <message>
        <location filename="../widgets/matrix/strengthheatmap.cpp" line="+67"/>
        <source>No trained weights to show</source>
        <translation>Keine trainierten Gewichte zum Anzeigen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 → layer %2: not connected</source>
        <translation>%1 → Schicht %2: nicht verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 → layer %2: mean |w| %3 (%4 % of the strongest)</source>
        <translation>%1 → Schicht %2: mittleres |w| %3 (%4 % der stärksten Verbindung)</translation>
    </message>
</context>
<context>
    <name>denselab::TourPanel</name>
    <message>
        <location filename="../app/tours/tourpanel.cpp" line="+28"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>End tour</source>
        <translation>Tour beenden</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>denselab::TrainingController</name>
    <message>
        <location filename="../app/training/trainingcontroller.cpp" line="+81"/>
        <source>resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the training thread ended without a final state</source>
        <translation>der Trainings-Thread endete ohne Endzustand</translation>
    </message>
</context>
<context>
    <name>denselab::TrainingPlots</name>
    <message>
        <location filename="../widgets/plots/trainingplots.cpp" line="+25"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-1 accuracy (%)</source>
        <translation>Top-1-Genauigkeit (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images / s</source>
        <translation>Bilder / s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smoothed</source>
        <translation>geglättet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test (epoch)</source>
        <translation>Test (Epoche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images/s</source>
        <translation>Bilder/s</translation>
    </message>
</context>
<context>
    <name>denselab::TrainingView</name>
    <message>
        <location filename="../app/training/trainingview.cpp" line="+57"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the dataset now and report its size or the problem with its files</source>
        <translation>Datensatz jetzt einlesen und seine Größe oder das Problem mit seinen Dateien melden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight decay</source>
        <translation>Gewichtszerfall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Lernratenplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warm-up (epochs)</source>
        <translation>Aufwärmphase (Epochen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Resize images to the design&apos;s input</source>
        <translation>Bilder auf die Eingabe des Designs skalieren</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Random crops (flips where allowed)</source>
        <translation>Zufällige Ausschnitte (Spiegelungen, wo erlaubt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute concatenations and BN/ReLU in backward</source>
        <translation>Verkettungen und BN/ReLU im Rückwärtslauf neu berechnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory-efficient dense layers (Pleiss et al., 2017): a dense block keeps memory that grows with its depth instead of its depth squared, at the cost of recomputing. Same results.</source>
        <translation>Speichersparende dichte Schichten (Pleiss et al., 2017): der Speicher eines dichten Blocks wächst mit seiner Tiefe statt mit deren Quadrat, auf Kosten von Neuberechnung. Gleiche Ergebnisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fast: shared BN statistics, fused BN + ReLU</source>
        <translation>Schnell: geteilte BN-Statistiken, BN + ReLU in einem Durchgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain: one operation per layer</source>
        <translation>Einfach: eine Operation pro Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fast engine normalizes each layer&apos;s output once per step, shared by every batch norm that reads it, and applies BN and ReLU in one pass without concatenating (CPU; CUDA runs plain). The plain engine runs the graph as PyTorch would. Same results up to rounding.</source>
        <translation>Die schnelle Engine normalisiert die Ausgabe jeder Schicht einmal pro Schritt, gemeinsam für jede Batch-Norm, die sie liest, und wendet BN und ReLU in einem Durchgang ohne Verkettung an (CPU; CUDA läuft einfach). Die einfache Engine führt den Graphen aus wie PyTorch. Gleiche Ergebnisse bis auf Rundung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The images to train on. The design&apos;s input and classes are adapted to them unless images are resized.</source>
        <translation>Die Bilder, auf denen trainiert wird. Eingabe und Klassen des Entwurfs werden angepasst, außer die Bilder werden skaliert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the dataset&apos;s files are; empty: its default folder (shown greyed).</source>
        <translation>Wo die Dateien des Datensatzes liegen; leer: sein Standardordner (grau angezeigt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills in the settings below from a paper&apos;s recipe (ThreshNet&apos;s CIFAR runs) or a quick demo.</source>
        <translation>Füllt die Einstellungen unten aus dem Rezept eines Papers (ThreshNets CIFAR-Läufe) oder einer kurzen Demo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the training images.</source>
        <translation>Durchläufe über die Trainingsbilder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images per step. Larger batches train faster per image and need more memory.</source>
        <translation>Bilder pro Schritt. Größere Batches trainieren je Bild schneller und brauchen mehr Speicher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD with momentum (the DenseNet papers), Adam or AdamW.</source>
        <translation>SGD mit Momentum (die DenseNet-Paper), Adam oder AdamW.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step size η at the start; the schedule changes it per step.</source>
        <translation>Die Schrittweite η zu Beginn; der Zeitplan ändert sie pro Schritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD&apos;s momentum (0.9 in the DenseNet papers).</source>
        <translation>Das Momentum von SGD (0,9 in den DenseNet-Papern).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 penalty on the weights (10⁻⁴ in DenseNet, 5·10⁻⁴ in ThreshNet&apos;s CIFAR-100 recipe).</source>
        <translation>L2-Strafterm auf die Gewichte (10⁻⁴ bei DenseNet, 5·10⁻⁴ in ThreshNets CIFAR-100-Rezept).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant; step (times γ at each milestone); or cosine down to 0 at the last epoch.</source>
        <translation>Konstant; stufenweise (mal γ an jedem Meilenstein); oder Kosinus bis 0 in der letzten Epoche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs over which the learning rate rises linearly from 0 before the schedule starts.</source>
        <translation>Epochen, über die die Lernrate linear von 0 ansteigt, bevor der Zeitplan beginnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the first N images only (a quick look); &apos;all&apos; for the whole training set.</source>
        <translation>Nur auf den ersten N Bildern trainieren (ein kurzer Blick); „alle“ für den ganzen Trainingssatz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test on the first N images only; &apos;all&apos; for the whole test set.</source>
        <translation>Nur auf den ersten N Bildern testen; „alle“ für den ganzen Testsatz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random crops with padding, and horizontal flips for datasets where a mirrored image is still the same class.</source>
        <translation>Zufällige Ausschnitte mit Rand und horizontale Spiegelungen bei Datensätzen, in denen ein gespiegeltes Bild dieselbe Klasse bleibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto: the GPU when LibTorch has CUDA and one is present, else the CPU.</source>
        <translation>auto: die GPU, wenn LibTorch CUDA hat und eine vorhanden ist, sonst die CPU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads for the training&apos;s arithmetic; &apos;all cores&apos; by default.</source>
        <translation>CPU-Threads für die Rechnung des Trainings; standardmäßig „alle Kerne“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the design on screen; queued when another run is training</source>
        <translation>Das angezeigte Design trainieren; kommt in die Warteschlange, wenn gerade ein anderer Lauf trainiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from queue</source>
        <translation>Aus der Warteschlange entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the selected run off the queue before it starts (Delete)</source>
        <translation>Nimmt den gewählten Lauf aus der Warteschlange, bevor er beginnt (Entf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Otherwise the design&apos;s input and classes are adapted to the dataset (recorded in the run)</source>
        <translation>Sonst werden Eingabe und Klassen des Designs an den Datensatz angepasst (im Lauf vermerkt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No run yet.</source>
        <translation>Noch kein Lauf.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: preparing…</source>
        <translation>%1: wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run %1 started in %2</source>
        <translation>Lauf %1 gestartet in %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>epoch %1/%2 · step %3/%4 · %5 img/s · ETA %6</source>
        <translation>Epoche %1/%2 · Schritt %3/%4 · %5 img/s · ETA %6</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>epoch %1: train loss %2, test loss %3, test accuracy %4 %, %5 s</source>
        <translation>Epoche %1: Trainingsverlust %2, Testverlust %3, Testgenauigkeit %4 %, %5 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The design cannot be built: %1</source>
        <translation>Das Design kann nicht gebaut werden: %1</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>No GPU can be chosen: %1</source>
        <translation>Keine GPU auswählbar: %1</translation>
    </message>
    <message>
        <location filename="../app/training/trainingviewchecks.cpp" line="+73"/>
        <source>Dataset missing: %1. Choose its folder above (Help ▸ User guide ▸ Training says where to get it).</source>
        <translation>Datensatz fehlt: %1. Wählen Sie oben seinen Ordner (Hilfe ▸ Handbuch ▸ Training sagt, woher er kommt).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>resize the images to the design&apos;s input %1×%2×%3 (“Resize images to the design&apos;s input”)</source>
        <translation>die Bilder auf die Eingabe des Designs skalieren, %1×%2×%3 („Bilder auf die Eingabe des Designs skalieren“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the small-input stem (one 3×3 convolution) on the Design page&apos;s Network tab</source>
        <translation>den Stamm für kleine Eingaben (eine 3×3-Faltung) auf der Registerkarte Netzwerk der Seite Entwurf wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove the last %1 of the %2 stages</source>
        <translation>die letzten %1 der %2 Stufen entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This design cannot be trained on %1 (%2×%3×%4): %5</source>
        <translation>Dieser Entwurf kann nicht auf %1 (%2×%3×%4) trainiert werden: %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would work: %1.</source>
        <translation>Was funktionieren würde: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>images resized %1 → %2</source>
        <translation>Bilder skaliert %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>design input %1 → %2</source>
        <translation>Design-Eingabe %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>classes %1 → %2</source>
        <translation>Klassen %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset %1, %2 classes: matches the design.</source>
        <translation>Datensatz %1, %2 Klassen: passt zum Design.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset %1, %2 classes. For this run: %3.</source>
        <translation>Datensatz %1, %2 Klassen. Für diesen Lauf: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 training and %3 test images of %4×%5×%6, %7 classes.</source>
        <translation>%1: %2 Trainings- und %3 Testbilder zu %4×%5×%6, %7 Klassen.</translation>
    </message>
</context>
<context>
    <name>denselab::UserGuide</name>
    <message>
        <location filename="../app/mainwindow/helpwindows.cpp" line="-45"/>
        <source>DenseLab user guide</source>
        <translation>DenseLab-Benutzerhandbuch</translation>
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
