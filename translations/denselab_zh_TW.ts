<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>denselab</name>
    <message>
        <location filename="../widgets/costs/costmetrics.cpp" line="+22"/>
        <source>Params</source>
        <translation>參數量</translation>
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
        <translation>記憶體 (torchstat)</translation>
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
        <translation>流量 (所有運算)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations (train step)</source>
        <translation>激活值 (訓練步驟)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>連接數</translation>
    </message>
</context>
<context>
    <name>denselab::AppOptions</name>
    <message>
        <location filename="../app/appoptions.cpp" line="+29"/>
        <source>Design, cost, train and compare densely connected CNNs.
Exit status: 0 on success, 2 on bad command-line input.</source>
        <translation>設計、估算成本、訓練並比較密集連接的 CNN。
結束狀態：成功為 0，命令列輸入錯誤為 2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Design file to open.</source>
        <translation>要開啟的設計檔案。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Open a built-in preset.</source>
        <translation>開啟內建範本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language (en, de, zh_TW).</source>
        <translation>使用者介面語言 (en, de, zh_TW)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main window to PNG once the design is loaded, then exit.</source>
        <translation>載入設計後將主視窗繪製為 PNG，然後結束。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train the design in the window.</source>
        <translation>在視窗中訓練設計。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset to train on (default fashion-mnist).</source>
        <translation>用於訓練的資料集 (預設為 fashion-mnist)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the dataset&apos;s files.</source>
        <translation>資料集檔案所在的資料夾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs to train.</source>
        <translation>要訓練的週期數。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train on the first N images.</source>
        <translation>僅使用前 N 張影像進行訓練。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test on the first N images.</source>
        <translation>僅使用前 N 張影像進行測試。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --train: print how late the window&apos;s event loop ran during the run.</source>
        <translation>搭配 --train：輸出訓練執行期間視窗事件迴圈的延遲程度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare trained runs (repeat for each run folder).</source>
        <translation>比較已訓練的執行 (每個訓練執行資料夾各指定一次)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a run folder on its page (training, search or pruning job).</source>
        <translation>在對應頁面開啟執行資料夾（訓練、搜尋或剪枝作業）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a guided tour: a built-in one by name, or a tour file.</source>
        <translation>開始導覽：以名稱指定內建導覽，或指定導覽檔。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --tour: open the tour at step N (from 1).</source>
        <translation>搭配 --tour：從第 N 步開啟導覽（從 1 起算）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in presentation mode (full screen, larger type).</source>
        <translation>以簡報模式啟動（全螢幕、較大字體）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print how long after the process started the window was shown, and the peak memory until then, then exit (scripts/bench-startup).</source>
        <translation>輸出程序啟動後多久顯示視窗，以及到那時為止的記憶體峰值，然後結束（scripts/bench-startup）。</translation>
    </message>
</context>
<context>
    <name>denselab::BlockDiagram</name>
    <message>
        <location filename="../widgets/diagram/blockdiagram.cpp" line="+26"/>
        <source>Block diagram</source>
        <translation>區塊圖</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>out</source>
        <translation>輸出</translation>
    </message>
</context>
<context>
    <name>denselab::BlockEditor</name>
    <message>
        <location filename="../app/workspace/blockeditor.cpp" line="+46"/>
        <source>Smaller cells (Ctrl+wheel)</source>
        <translation>縮小格子 (Ctrl+滾輪)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger cells (Ctrl+wheel)</source>
        <translation>放大格子 (Ctrl+滾輪)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>符合大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole block</source>
        <translation>顯示整個區塊</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Block</source>
        <translation>區塊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Move threshold</source>
        <translation>移動閾值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit block %1</source>
        <translation>編輯區塊 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit network settings</source>
        <translation>編輯網路設定</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a dense block in the outline to edit its connectivity.</source>
        <translation>請在大綱中選取密集區塊以編輯其連接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage %1 is a %2: only dense blocks have a connectivity matrix.</source>
        <translation>階段 %1 是 %2：只有密集區塊才有連接矩陣。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stage %1 cannot be built: see the cost panel. Undo or fix the parameters.</source>
        <translation>階段 %1 無法建構：請見成本面板。請復原或修正參數。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>override</source>
        <translation>覆寫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Stage %1&lt;/b&gt; · %2 · %3 layers · %4 connections · %5 → %6 channels</source>
        <translation>&lt;b&gt;階段 %1&lt;/b&gt; · %2 · %3 層 · %4 個連接 · %5 → %6 個通道</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>block input x0</source>
        <translation>區塊輸入 x0</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>layer %1</source>
        <translation>第 %1 層</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>block output</source>
        <translation>區塊輸出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 channels, %2</source>
        <translation>%1 個通道，%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connected</source>
        <translation>已連接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation>未連接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom override of the rule</source>
        <translation>自訂覆寫規則</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toggling it would leave the design unbuildable.</source>
        <translation>切換後設計將無法建構。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing it changes:</source>
        <translation>移除後的變化：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adding it changes:</source>
        <translation>新增後的變化：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect %1 → %2</source>
        <translation>連接 %1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disconnect %1 → %2</source>
        <translation>斷開 %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connect %n cells</source>
        <translation>
            <numerusform>連接 %n 個格子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Disconnect %n cells</source>
        <translation>
            <numerusform>斷開 %n 個格子</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>denselab::BlockForm</name>
    <message>
        <location filename="../widgets/forms/blockform.cpp" line="+28"/>
        <source>DenseNet (dense)</source>
        <translation>DenseNet (密集)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HarDNet (harmonic)</source>
        <translation>HarDNet (諧波)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LogDenseNet</source>
        <translation>LogDenseNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SparseNet (keep n)</source>
        <translation>SparseNet (保留 n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ThresholdNet-ab (dense up to T)</source>
        <translation>ThresholdNet-ab (T 之前密集)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ThresholdNet-bc (sparse up to T)</source>
        <translation>ThresholdNet-bc (T 之前稀疏)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (drawn)</source>
        <translation>自訂 (手繪)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectivity rule</source>
        <translation>連接規則</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depth (layers)</source>
        <translation>深度 (層數)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growth rate k</source>
        <translation>成長率 k</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threshold</source>
        <translation>閾值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threshold T (layer)</source>
        <translation>閾值 T (層)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HarDNet multiplier m</source>
        <translation>HarDNet 乘數 m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep n (SparseNet)</source>
        <translation>保留 n (SparseNet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As stated in the paper</source>
        <translation>依論文所述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As printed in the tables</source>
        <translation>依論文表格所列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harmonic style</source>
        <translation>諧波樣式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottleneck (× k)</source>
        <translation>瓶頸層 (× k)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BN → ReLU → conv (pre-activation)</source>
        <translation>BN → ReLU → conv (預激活)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conv → BN → ReLU</source>
        <translation>conv → BN → ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer order</source>
        <translation>層順序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All layers</source>
        <translation>所有層</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd layers and the last</source>
        <translation>奇數層與最後一層</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block output</source>
        <translation>區塊輸出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the block&apos;s layers connect. DenseNet (Huang et al., 2017): every layer reads all earlier ones. HarDNet (Chao et al., 2019): layer i reads i − 2ⁿ for every 2ⁿ dividing i. SparseNet (Liu &amp; Zeng, 2018): the n/2 nearest and n/2 farthest. ThresholdNet (Ju et al., 2021): dense (-ab) or sparse (-bc) up to layer T, harmonic above. Custom: the cells you draw.</source>
        <translation>區塊各層的連接方式。DenseNet（Huang 等，2017）：每層讀取所有前面的層。HarDNet（Chao 等，2019）：第 i 層讀取 i − 2ⁿ（對每個整除 i 的 2ⁿ）。SparseNet（Liu 與 Zeng，2018）：最近的 n/2 與最遠的 n/2 層。ThresholdNet（Ju 等，2021）：第 T 層以下為密集 (-ab) 或稀疏 (-bc)，以上為調和。自訂：您所畫的格子。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L: the number of layers in the block (x₁ … x_L); x₀ is the block&apos;s input.</source>
        <translation>L：區塊中的層數（x₁ … x_L）；x₀ 是區塊的輸入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k, the growth rate (DenseNet): the channels each layer adds.</source>
        <translation>k，成長率（DenseNet）：每層增加的通道數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T (ThresholdNet): layers i ≤ T follow the dense (-ab) or sparse (-bc) rule, layers above T the harmonic one. Only the ThresholdNet rules use it.</source>
        <translation>T（ThresholdNet）：第 i ≤ T 層遵循密集 (-ab) 或稀疏 (-bc) 規則，T 以上的層遵循調和規則。僅 ThresholdNet 規則使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>m (HarDNet): a layer whose index has 2^v as its largest power-of-two divisor is k·m^v channels wide, rounded to even. HarDNet uses m = 1.7; 1 keeps every layer k wide.</source>
        <translation>m（HarDNet）：索引的最大二的冪因數為 2^v 的層寬 k·m^v 個通道，四捨五入為偶數。HarDNet 使用 m = 1.7；1 則每層皆為 k。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n (SparseNet): each layer keeps its n/2 nearest and n/2 farthest predecessors.</source>
        <translation>n（SparseNet）：每層保留最近的 n/2 與最遠的 n/2 個前層。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ThresholdNet&apos;s harmonic part as its equations state it, or as its tables print it (the two differ; the user guide says where).</source>
        <translation>ThresholdNet 的調和部分：依其方程式所述，或依其表格所印（兩者不同；使用手冊說明差異）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DenseNet-B: a 1×1 convolution of (this × k) channels before each 3×3 one. DenseNet-BC uses 4, i.e. 4k.</source>
        <translation>DenseNet-B：在每個 3×3 卷積前加一個（此值 × k）通道的 1×1 卷積。DenseNet-BC 使用 4，即 4k。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-activation BN → ReLU → conv (DenseNet) or conv → BN → ReLU (HarDNet, ThreshNet).</source>
        <translation>預激活 BN → ReLU → 卷積（DenseNet）或 卷積 → BN → ReLU（HarDNet、ThreshNet）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the block passes on: every layer&apos;s output x₀ … x_L (DenseNet), or the odd layers and the last (HarDNet).</source>
        <translation>區塊傳出的內容：每層的輸出 x₀ … x_L（DenseNet），或奇數層與最後一層（HarDNet）。</translation>
    </message>
</context>
<context>
    <name>denselab::CompareDialog</name>
    <message>
        <location filename="../app/workspace/comparedialog.cpp" line="+27"/>
        <source>Compare designs</source>
        <translation>比較設計</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the current design with:</source>
        <translation>將目前的設計與下列比較：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dense counterpart</source>
        <translation>密集對應設計</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a file…</source>
        <translation>開啟檔案…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dense block</source>
        <translation>密集區塊</translation>
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
        <translation>區塊</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layers A</source>
        <translation>A 層數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layers B</source>
        <translation>B 層數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open a design to compare</source>
        <translation>開啟要比較的設計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DenseLab designs (*.json)</source>
        <translation>DenseLab 設計 (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the file: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The current design cannot be built: %1</source>
        <translation>無法建構目前的設計：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Design B cannot be built: %1</source>
        <translation>無法建構設計 B：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the dense counterpart</source>
        <translation>密集對應設計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A: %1 · B: %2</source>
        <translation>A：%1 · B：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>current design</source>
        <translation>目前的設計</translation>
    </message>
</context>
<context>
    <name>denselab::ComparisonView</name>
    <message>
        <location filename="../app/runs/comparisonview.cpp" line="+72"/>
        <source>Test loss</source>
        <translation>測試損失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train loss</source>
        <translation>訓練損失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test accuracy (%)</source>
        <translation>測試準確率 (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train accuracy (%)</source>
        <translation>訓練準確率 (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by epoch</source>
        <translation>依週期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by training time (s)</source>
        <translation>依訓練時間 (秒)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Export plot…</source>
        <translation>匯出圖表…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>Params</source>
        <translation>參數量</translation>
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
        <translation>每週期時間</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Test error against</source>
        <translation>測試錯誤率相對於</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accuracy vs cost</source>
        <translation>準確率與成本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Baseline run for CE and SE</source>
        <translation>CE 與 SE 的基準訓練執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Markdown…</source>
        <translation>匯出 Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Run</source>
        <translation>訓練執行</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best test acc.</source>
        <translation>最佳測試準確率</translation>
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
        <translation>CE = (acc / Flops) / (acc_base / Flops_base)，SE = (acc / params) / (acc_base / params_base) (TissueNet)；Flops 依 torchstat 的計算方式，acc = 最佳 top-1 測試準確率。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table</source>
        <translation>表格</translation>
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
        <translation>密集區塊</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Matrices</source>
        <translation>矩陣</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export image…</source>
        <translation>匯出影像…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection strength</source>
        <translation>連接強度</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy-vs-cost</source>
        <translation>準確率與成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection-strength</source>
        <translation>連接強度</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Skipped: %1</source>
        <translation>已略過：%1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Training time (s)</source>
        <translation>訓練時間 (秒)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epoch</source>
        <translation>週期</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Params (M)</source>
        <translation>參數量 (百萬)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MACs (M)</source>
        <translation>MACs (百萬)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MemR+W (MiB)</source>
        <translation>MemR+W (MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIO (M elements)</source>
        <translation>CIO (百萬個元素)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epoch time (s)</source>
        <translation>每週期時間 (秒)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test error (%)</source>
        <translation>測試錯誤率 (%)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Mean |weight| of each layer&apos;s first convolution per source, block %1 (stage %2).</source>
        <translation>各層第一個卷積依來源計算的平均 |權重|，區塊 %1 (階段 %2)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the checkpoint of %1…</source>
        <translation>正在讀取 %1 的檢查點…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No heatmap: %1</source>
        <translation>無法產生熱圖：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export %1</source>
        <translation>匯出%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export table</source>
        <translation>匯出表格</translation>
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
        <translation>連接矩陣</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>out</source>
        <translation>輸出</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>%1 → %2: %3 channels</source>
        <translation>%1 → %2：%3 個通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block input x0</source>
        <translation>區塊輸入 x0</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>layer %1</source>
        <translation>第 %1 層</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>block output</source>
        <translation>區塊輸出</translation>
    </message>
</context>
<context>
    <name>denselab::CostBaseline</name>
    <message>
        <location filename="../app/document/costbaseline.cpp" line="+35"/>
        <source>Dense counterpart</source>
        <translation>密集對應設計</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved version</source>
        <translation>上次儲存的版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preset %1</source>
        <translation>範本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent %1</source>
        <translation>父網路 %1</translation>
    </message>
</context>
<context>
    <name>denselab::CostPanel</name>
    <message>
        <location filename="../widgets/costs/costpanel.cpp" line="+40"/>
        <source>Baseline:</source>
        <translation>基準：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+156"/>
        <source>Baseline</source>
        <translation>基準</translation>
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
        <translation>總計</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Double-click a convolution to set its width</source>
        <translation>雙擊卷積層以設定其寬度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set width of %1…</source>
        <translation>設定 %1 的寬度…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset to the designed %1 channels</source>
        <translation>重設為設計的 %1 個通道</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Markdown…</source>
        <translation>匯出 Markdown…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layers</source>
        <translation>層</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MemR+W per layer</source>
        <translation>每層 MemR+W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIO per layer</source>
        <translation>每層 CIO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export channels chart…</source>
        <translation>匯出通道圖表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export cost chart…</source>
        <translation>匯出成本圖表…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This design cannot be built: %1</source>
        <translation>無法建構此設計：%1</translation>
    </message>
</context>
<context>
    <name>denselab::JobControls</name>
    <message>
        <location filename="../app/runs/jobcontrols.cpp" line="+69"/>
        <location line="+1"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adam&apos;s learning rate (the demo recipe, cosine schedule) for every epoch that trains weights</source>
        <translation>Adam 的學習率（demo 配方，餘弦排程），用於每個訓練權重的 epoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The open design is trained this long first; a trained run is used as it is</source>
        <translation>開啟的設計會先訓練這麼久；已訓練的執行則直接使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all cores</source>
        <translation>所有核心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: preparing…</source>
        <translation>%1：準備中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 started in %2</source>
        <translation>%1 已在 %2 開始</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Parent</source>
        <translation>父網路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset folder</source>
        <translation>資料集資料夾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training images</source>
        <translation>訓練影像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test images</source>
        <translation>測試影像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pretraining epochs</source>
        <translation>預訓練 epoch 數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>CPU 執行緒</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+132"/>
        <source>The parent run cannot be read: %1</source>
        <translation>無法讀取父網路的執行：%1</translation>
    </message>
</context>
<context>
    <name>denselab::LayerChart</name>
    <message>
        <location filename="../widgets/costs/layerchart.cpp" line="+23"/>
        <source>before pruning</source>
        <translation>剪枝前</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Layer (all dense blocks, in order)</source>
        <translation>層 (所有密集區塊，依序)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Input channels</source>
        <translation>輸入通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MemR+W (MiB)</source>
        <translation>MemR+W (MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIO (M elements)</source>
        <translation>CIO (百萬個元素)</translation>
    </message>
</context>
<context>
    <name>denselab::LayerCostModel</name>
    <message>
        <location filename="../widgets/costs/layercostmodel.cpp" line="+60"/>
        <source> (of %1)</source>
        <translation>（共 %1）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Node</source>
        <translation>節點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op</source>
        <translation>運算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Params</source>
        <translation>參數量</translation>
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
        <translation>流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>連接數</translation>
    </message>
</context>
<context>
    <name>denselab::LibraryPanel</name>
    <message>
        <location filename="../app/workspace/librarypanel.cpp" line="+31"/>
        <source>Presets</source>
        <translation>範本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recent files</source>
        <translation>最近的檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My designs</source>
        <translation>我的設計</translation>
    </message>
</context>
<context>
    <name>denselab::MainWindow</name>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="+65"/>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prune</source>
        <translation>剪枝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>訓練執行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare runs</source>
        <translation>比較訓練執行</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../app/mainwindow/mainwindowmenus.cpp" line="+66"/>
        <location line="+5"/>
        <source>chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training run ended: %1</source>
        <translation>訓練執行已結束：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set width</source>
        <translation>設定寬度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output channels of %1 (designed: %2)</source>
        <translation>%1 的輸出通道（設計值：%2）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Library</source>
        <translation>設計庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline</source>
        <translation>大綱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindowmenus.cpp" line="-22"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindowfiles.cpp" line="+84"/>
        <source>Open design</source>
        <translation>開啟設計</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>DenseLab designs (*.json)</source>
        <translation>DenseLab 設計 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindowmenus.cpp" line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectivity matrix…</source>
        <translation>連接矩陣…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>matrix</source>
        <translation>矩陣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block diagram…</source>
        <translation>區塊圖…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diagram</source>
        <translation>區塊圖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input channels chart…</source>
        <translation>輸入通道圖表…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per-layer cost chart…</source>
        <translation>每層成本圖表…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost report as CSV…</source>
        <translation>成本報告 (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost report as Markdown…</source>
        <translation>成本報告 (Markdown)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch code (model.py)…</source>
        <translation>PyTorch 程式碼（model.py）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONNX model…</source>
        <translation>ONNX 模型…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add dense block</source>
        <translation>新增密集區塊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add transition</source>
        <translation>新增過渡層</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate stage</source>
        <translation>複製階段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove stage</source>
        <translation>移除階段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare designs…</source>
        <translation>比較設計(&amp;C)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset layout</source>
        <translation>重設版面配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom matrix in</source>
        <translation>放大矩陣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom matrix out</source>
        <translation>縮小矩陣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presentation mode</source>
        <translation>簡報模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>使用手冊(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guided &amp;tours</source>
        <translation>導覽(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a tour file…</source>
        <translation>開啟導覽檔…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tour</source>
        <translation>開啟導覽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DenseLab tours (*.json)</source>
        <translation>DenseLab 導覽 (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start page</source>
        <translation>起始頁(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About DenseLab</source>
        <translation>關於 DenseLab(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="+61"/>
        <source>%1 nodes · %2 dense blocks</source>
        <translation>%1 個節點 · %2 個密集區塊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The design cannot be built</source>
        <translation>無法建構此設計</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1[*] — DenseLab</source>
        <translation>%1[*] — DenseLab</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>About DenseLab</source>
        <translation>關於 DenseLab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;DenseLab %1&lt;/b&gt;&lt;br&gt;Design, cost, train and compare densely connected CNNs.</source>
        <translation>&lt;b&gt;DenseLab %1&lt;/b&gt;&lt;br&gt;設計、估算成本、訓練並比較密集連接的 CNN。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Set the width of %1 to %2</source>
        <translation>將 %1 的寬度設為 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the run</source>
        <translation>無法開啟訓練執行</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+7"/>
        <source>Cannot resume the run</source>
        <translation>無法繼續訓練執行</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 is training or already queued.</source>
        <translation>%1 正在訓練或已在佇列中。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resume the run?</source>
        <translation>繼續此訓練執行？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 says it is still %2. If denselab-cli is training it now, resuming here would make two trainers write to it. Resume anyway?</source>
        <translation>%1 顯示仍為 %2。若 denselab-cli 正在訓練它，在此繼續會使兩個訓練程序同時寫入。仍要繼續嗎？</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Training in progress</source>
        <translation>訓練進行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A run is training. Stop it and quit? It can be resumed later from the Runs page.</source>
        <translation>有訓練執行正在進行。要停止並結束嗎？之後可在「訓練執行」頁面繼續。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindowexports.cpp" line="+30"/>
        <source>Export %1</source>
        <translation>匯出%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+24"/>
        <location line="+91"/>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Export cost report</source>
        <translation>匯出成本報告</translation>
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
        <translation>含權重的匯出會等到訓練結束：建立網路會改變進行中訓練的隨機抽樣。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Export ONNX model</source>
        <translation>匯出 ONNX 模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for model.py</source>
        <translation>model.py 的資料夾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder for model.py and weights.pt</source>
        <translation>model.py 與 weights.pt 的資料夾</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported %1 to %2</source>
        <translation>已將 %1 匯出至 %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindowfiles.cpp" line="-81"/>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the design</source>
        <translation>無法開啟設計</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the preset</source>
        <translation>無法開啟範本</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Save design</source>
        <translation>儲存設計</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save the design</source>
        <translation>無法儲存設計</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The design &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>設計「%1」有未儲存的變更。要儲存嗎？</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Autosave failed: %1</source>
        <translation>自動儲存失敗：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore unsaved design?</source>
        <translation>要還原未儲存的設計嗎？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DenseLab did not close normally last time. Restore the design you were editing?</source>
        <translation>DenseLab 上次未正常關閉。要還原您正在編輯的設計嗎？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot restore the design</source>
        <translation>無法還原設計</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The recovery file %1 is damaged; it was kept as %1.damaged.</source>
        <translation>復原檔案 %1 已損毀；已保留為 %1.damaged。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindowtours.cpp" line="+36"/>
        <source>Tour</source>
        <translation>導覽</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+18"/>
        <source>Cannot start the tour</source>
        <translation>無法開始導覽</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot open the tour</source>
        <translation>無法開啟導覽</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tour &quot;%1&quot; has steps 1 to %2, not %3.</source>
        <translation>導覽「%1」只有第 1 到 %2 步，沒有第 %3 步。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot show this step of the tour</source>
        <translation>無法顯示導覽的這一步</translation>
    </message>
</context>
<context>
    <name>denselab::MatrixDiffView</name>
    <message>
        <location filename="../widgets/matrix/matrixdiffview.cpp" line="+82"/>
        <source>A: %1 (red: only in A)</source>
        <translation>A：%1 (紅色：僅在 A 中)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1 (green: only in B)</source>
        <translation>B：%1 (綠色：僅在 B 中)</translation>
    </message>
</context>
<context>
    <name>denselab::NetworkForm</name>
    <message>
        <location filename="../widgets/forms/networkform.cpp" line="+29"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Input (C × H × W)</source>
        <translation>輸入 (C × H × W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classes</source>
        <translation>類別數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ImageNet: 7×7/2 conv + max-pool (side ÷ 4)</source>
        <translation>ImageNet：7×7/2 卷積 + 最大池化（邊長 ÷ 4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small input: one 3×3 conv (side kept)</source>
        <translation>小輸入：一個 3×3 卷積（邊長不變）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two convs + max-pool, HarDNet/ThreshNet (side ÷ 4)</source>
        <translation>兩個卷積 + 最大池化，HarDNet/ThreshNet（邊長 ÷ 4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: the first stage reads the image</source>
        <translation>無：第一階段直接讀取影像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stem</source>
        <translation>主幹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The design&apos;s name, used for run folders and exports.</source>
        <translation>設計名稱，用於訓練執行資料夾與匯出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C: image channels (1 grey, 3 colour).</source>
        <translation>C：影像通道（1 灰階，3 彩色）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H: image height in pixels. Training adapts it to the dataset unless images are resized.</source>
        <translation>H：影像高度（像素）。除非縮放影像，訓練時會依資料集調整。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W: image width in pixels.</source>
        <translation>W：影像寬度（像素）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs of the classifier (10 for CIFAR-10, 1000 for ImageNet).</source>
        <translation>分類器的輸出數（CIFAR-10 為 10，ImageNet 為 1000）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layers before the first block. Small images (28×28, 32×32) need the small-input stem: the ImageNet and two-conv stems divide the side by 4 before any block.</source>
        <translation>第一個區塊之前的層。小影像（28×28、32×32）需要小輸入主幹：ImageNet 與雙卷積主幹會在任何區塊前把邊長除以 4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harmonic block when its input channels exceed T (ThreshNet)</source>
        <translation>輸入通道超過 T 時使用諧波區塊 (ThreshNet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel threshold</source>
        <translation>通道閾值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T (channels)</source>
        <translation>T (通道)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ThreshNet (Ju et al., 2022): a block whose input has more channels than T (or at least T) becomes harmonic with odd-and-last output; the others are dense.</source>
        <translation>ThreshNet（Ju 等，2022）：輸入通道多於 T（或至少 T）的區塊變為調和，輸出奇數層與最後一層；其他區塊為密集。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T, in channels: ThreshNet&apos;s paper states 320; its code compares ≥ 288.</source>
        <translation>T（通道數）：ThreshNet 論文寫 320；其程式碼比較 ≥ 288。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input channels &gt; T</source>
        <translation>輸入通道 &gt; T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input channels ≥ T</source>
        <translation>輸入通道 ≥ T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>比較方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether a block with exactly T input channels is harmonic (≥) or dense (&gt;).</source>
        <translation>輸入通道恰為 T 的區塊是調和（≥）還是密集（&gt;）。</translation>
    </message>
</context>
<context>
    <name>denselab::OutlinePanel</name>
    <message>
        <location filename="../app/workspace/outlinepanel.cpp" line="+26"/>
        <source>%1 layers, k=%2, %3</source>
        <translation>%1 層，k=%2，%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 channels</source>
        <translation>%1 個通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compression %1</source>
        <translation>壓縮率 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 blocks × %2 planes</source>
        <translation>%1 個區塊 × %2 通道</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n convolutions</source>
        <translation>
            <numerusform>%n 個卷積</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units %1-%2-%3</source>
        <translation>單元 %1-%2-%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stage after the selection</source>
        <translation>在選取項目後新增階段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dense block</source>
        <translation>密集區塊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transition</source>
        <translation>過渡層</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected stage</source>
        <translation>移除選取的階段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected stage</source>
        <translation>複製選取的階段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the stage up</source>
        <translation>將階段上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the stage down</source>
        <translation>將階段下移</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stem</source>
        <translation>起始層</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>, %n pruned conv(s)</source>
        <translation>
            <numerusform>, %n 個已剪枝卷積層</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head</source>
        <translation>分類頭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 classes</source>
        <translation>%1 個類別</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Add dense block</source>
        <translation>新增密集區塊</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add transition</source>
        <translation>新增過渡層</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove stage %1</source>
        <translation>移除階段 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duplicate stage %1</source>
        <translation>複製階段 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move stage %1</source>
        <translation>移動階段 %1</translation>
    </message>
</context>
<context>
    <name>denselab::PairedBars</name>
    <message>
        <location filename="../widgets/plots/pairedbars.cpp" line="+41"/>
        <source>parent</source>
        <translation>父網路</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>child</source>
        <translation>子網路</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer</source>
        <translation>層</translation>
    </message>
</context>
<context>
    <name>denselab::ParentPicker</name>
    <message>
        <location filename="../app/runs/parentpicker.cpp" line="+25"/>
        <source>Read the runs folder again</source>
        <translation>重新讀取執行資料夾</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Open design: %1</source>
        <translation>開啟的設計：%1</translation>
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
        <translation>偏好設定</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when DenseLab starts again.</source>
        <translation>新語言將於 DenseLab 重新啟動後生效。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a folder</source>
        <translation>選擇資料夾</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs folder</source>
        <translation>訓練執行資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datasets folder</source>
        <translation>資料集資料夾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each dataset&apos;s own folder (see the Training page)</source>
        <translation>各資料集自己的資料夾（見訓練頁）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datasets are looked for in the datasets folder, one sub-folder per dataset (cifar10, svhn, …); new runs go to the runs folder.</source>
        <translation>資料集在資料集資料夾中尋找，每個資料集一個子資料夾（cifar10、svhn…）；新的訓練執行存到訓練執行資料夾。</translation>
    </message>
</context>
<context>
    <name>denselab::PrunePlots</name>
    <message>
        <location filename="../widgets/plots/pruneplots.cpp" line="+16"/>
        <source>Test accuracy (%)</source>
        <translation>測試準確率 (%)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>MACs (M)</source>
        <translation>MACs (百萬)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Params (M)</source>
        <translation>參數 (百萬)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>after removal</source>
        <translation>移除後</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>after fine-tuning</source>
        <translation>微調後</translation>
    </message>
</context>
<context>
    <name>denselab::PruneView</name>
    <message>
        <location filename="../app/prune/pruneview.cpp" line="+39"/>
        <source>No pruning job yet.</source>
        <translation>尚無剪枝作業。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>original filters</source>
        <translation>原始濾波器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filters</source>
        <translation>濾波器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prunable convolution (network order)</source>
        <translation>可剪枝的卷積層（網路順序）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the pruned design</source>
        <translation>開啟剪枝後的設計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the job&apos;s current design in the workspace, its parent as the cost baseline</source>
        <translation>在工作區開啟作業目前的設計，並以父網路作為成本基準</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>epoch %1: test accuracy %2 %</source>
        <translation>epoch %1：測試準確率 %2 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>taylor: |mean of activation × gradient| (Molchanov et al. 2017); activation: mean |activation|; l1: the filter&apos;s weights (Li et al. 2016); random: a baseline</source>
        <translation>taylor：|激活值 × 梯度 的平均|（Molchanov 等 2017）；activation：|激活值| 的平均；l1：濾波器的權重（Li 等 2016）；random：基準</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion</source>
        <translation>準則</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank costly filters lower (MACs per filter)</source>
        <translation>將計算量大的濾波器排在較低位置（每個濾波器的 MACs）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the parent&apos;s prunable filters removed per iteration (the seed: 5 %)</source>
        <translation>每次迭代移除父網路可剪枝濾波器的比例（種子論文：5 %）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>步長</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iterations</source>
        <translation>迭代次數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine-tuning epochs</source>
        <translation>微調 epoch 數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop once the MACs are at most this share of the parent&apos;s</source>
        <translation>當 MACs 不超過父網路的此比例時停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target MACs</source>
        <translation>目標 MACs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave convolutions before an addition (the seed&apos;s rule)</source>
        <translation>保留相加之前的卷積層（種子論文的規則）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranking mini-batches</source>
        <translation>用於排序的小批次數</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This design cannot be pruned: %1</source>
        <translation>此設計無法剪枝：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prune %1 · %2</source>
        <translation>剪枝 %1 · %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Parent: %1 M MACs, %2 params, test accuracy %3 %</source>
        <translation>父網路：%1 百萬 MACs，%2 個參數，測試準確率 %3 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Iteration %1: %2 filters removed; MACs %3 % and params %4 % of the parent&apos;s; test accuracy %5 % after removal, %6 % after fine-tuning</source>
        <translation>第 %1 次迭代：移除 %2 個濾波器；MACs 為父網路的 %3 %，參數為 %4 %；移除後測試準確率 %5 %，微調後 %6 %</translation>
    </message>
</context>
<context>
    <name>denselab::RegionPalette</name>
    <message>
        <location filename="../widgets/matrix/regionpalette.cpp" line="+34"/>
        <source>dense</source>
        <translation>密集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sparse</source>
        <translation>稀疏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>harmonic</source>
        <translation>諧波</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom</source>
        <translation>自訂</translation>
    </message>
</context>
<context>
    <name>denselab::RunState</name>
    <message>
        <location filename="../app/runs/runstatetext.cpp" line="+12"/>
        <source>preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged</source>
        <translation>已發散</translation>
    </message>
</context>
<context>
    <name>denselab::RunsBrowser</name>
    <message>
        <location filename="../app/runs/runsbrowser.cpp" line="+107"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best test acc.</source>
        <translation>最佳測試準確率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epochs</source>
        <translation>週期數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Params</source>
        <translation>參數量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epoch time</source>
        <translation>每週期時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LR</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elapsed</source>
        <translation>經過時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peak memory</source>
        <translation>記憶體峰值</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch code and weights…</source>
        <translation>PyTorch 程式碼與權重…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ONNX model…</source>
        <translation>ONNX 模型…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>, fast engine</source>
        <translation>，快速引擎</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, plain engine</source>
        <translation>，一般引擎</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured: the largest tensor memory of a training step (%1%2).</source>
        <translation>實測：一個訓練步驟的最大張量記憶體（%1%2）。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Measured: the largest tensor memory of a training step (%1%2).
Cost model: %3 kept for backward (activations × batch %4), %5 % of the measured peak.</source>
        <translation>實測：一個訓練步驟的最大張量記憶體（%1%2）。
成本模型：為反向傳播保留 %3（活化值 × 批次 %4），為實測峰值的 %5 %。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>, memory-efficient dense layers</source>
        <translation>，省記憶體的密集層</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>LWP search</source>
        <translation>LWP 搜尋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pruning</source>
        <translation>剪枝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unreadable runs: %1</source>
        <translation>無法讀取的訓練執行：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete runs</source>
        <translation>刪除訓練執行</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n run(s) with their checkpoints? This cannot be undone.</source>
        <translation>
            <numerusform>要刪除 %n 個訓練執行及其檢查點嗎？此動作無法復原。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>denselab::SearchPlots</name>
    <message>
        <location filename="../widgets/plots/searchplots.cpp" line="+19"/>
        <source>Controller step</source>
        <translation>控制器步數</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Mean reward</source>
        <translation>平均獎勵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>η (MACs ratio)</source>
        <translation>η（MACs 比例）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child accuracy (%)</source>
        <translation>子網路準確率 (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>average</source>
        <translation>平均</translation>
    </message>
</context>
<context>
    <name>denselab::SearchView</name>
    <message>
        <location filename="../app/search/searchview.cpp" line="+57"/>
        <source>No search yet.</source>
        <translation>尚無搜尋。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep-probabilities, block</source>
        <translation>保留機率，區塊</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The controller&apos;s probability of keeping each connection (row: target layer, column: source)</source>
        <translation>控制器保留每條連接的機率（列：目標層，欄：來源）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Child</source>
        <translation>子網路</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Params</source>
        <translation>參數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reward</source>
        <translation>獎勵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation acc. (%)</source>
        <translation>驗證準確率 (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chosen</source>
        <translation>已選</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open in workspace</source>
        <translation>在工作區開啟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the child as a design; the cost panel compares it with its parent</source>
        <translation>將子網路作為設計開啟；成本面板會與其父網路比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train from scratch</source>
        <translation>從頭訓練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue an ordinary training run of the child with the search&apos;s data</source>
        <translation>以搜尋的資料將子網路排入一般訓練</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>parent</source>
        <translation>父網路</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>child</source>
        <translation>子網路</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input channels</source>
        <translation>輸入通道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer (block.layer)</source>
        <translation>層（區塊.層）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 epoch %2 · step %3/%4 · the controller decides %5 of %6 layers · reward %7 · η %8</source>
        <translation>%1 epoch %2 · 步 %3/%4 · 控制器決定 %6 層中的 %5 層 · 獎勵 %7 · η %8</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the parent&apos;s, or 10 %</source>
        <translation>父網路的值，否則 10 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images held out of the training split; the children are ranked on them</source>
        <translation>自訓練集保留的影像；子網路以其排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation images</source>
        <translation>驗證影像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>α: a correct prediction earns 1 − η^α; a small α presses harder on MACs</source>
        <translation>α：正確預測得到 1 − η^α；α 越小，對 MACs 的壓力越大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>γ: a wrong prediction earns −γ (the seed&apos;s table prints γ = −0.5, meaning this penalty)</source>
        <translation>γ：錯誤預測得到 −γ（種子論文表格印為 γ = −0.5，指的是此懲罰）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>γ</source>
        <translation>γ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until every layer</source>
        <translation>直到所有層</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch t hands the controller the last t × stride layers; the others keep the parent&apos;s</source>
        <translation>第 t 個 epoch 將最後 t × 步長 層交給控制器；其餘層保留父網路的連接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum epochs</source>
        <translation>課程學習 epoch 數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers per curriculum epoch</source>
        <translation>每個課程 epoch 的層數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithm 1&apos;s printed test (t &lt; K − t)</source>
        <translation>演算法 1 印出的判斷（t &lt; K − t）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joint training epochs</source>
        <translation>聯合訓練 epoch 數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children sampled (Z)</source>
        <translation>取樣的子網路 (Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children per step</source>
        <translation>每步子網路數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entropy bonus</source>
        <translation>熵獎勵</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Controller learning rate</source>
        <translation>控制器學習率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a full pass</source>
        <translation>完整一輪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps per search epoch</source>
        <translation>每個搜尋 epoch 的步數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum: children use their batch&apos;s statistics</source>
        <translation>課程學習：子網路使用其批次的統計量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch norm with each mini-batch&apos;s statistics; otherwise the parent&apos;s running statistics, which misjudge children that read fewer channels</source>
        <translation>批次正規化使用各小批次的統計量；否則使用父網路的滑動統計量，會誤判讀取較少通道的子網路</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the best child from scratch for this many epochs when the search ends</source>
        <translation>搜尋結束後，將最佳子網路從頭訓練這麼多個 epoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From-scratch epochs</source>
        <translation>從頭訓練 epoch 數</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This design cannot be searched: %1</source>
        <translation>此設計無法搜尋：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LWP %1 · %2</source>
        <translation>LWP %1 · %2</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1 from scratch</source>
        <translation>%1 從頭訓練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued %1 for training from scratch</source>
        <translation>已將 %1 排入從頭訓練</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Search %1: %2 children; the best keeps η = %3 of the parent&apos;s MACs at %4 % validation accuracy</source>
        <translation>搜尋 %1：%2 個子網路；最佳者保留父網路 MACs 的 η = %3，驗證準確率 %4 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search %1: stage %2</source>
        <translation>搜尋 %1：階段 %2</translation>
    </message>
</context>
<context>
    <name>denselab::ShortcutList</name>
    <message>
        <location filename="../app/mainwindow/helpwindows.cpp" line="+79"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷鍵</translation>
    </message>
</context>
<context>
    <name>denselab::StartPage</name>
    <message>
        <location filename="../app/workspace/startpage.cpp" line="+34"/>
        <source>Welcome to DenseLab</source>
        <translation>歡迎使用 DenseLab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New from a preset</source>
        <translation>從預設建立</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recent files</source>
        <translation>最近的檔案</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none yet)</source>
        <translation>（尚無）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a file…</source>
        <translation>開啟檔案…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guided tours</source>
        <translation>導覽</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show this page at start</source>
        <translation>啟動時顯示此頁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>denselab::StrengthHeatmap</name>
    <message>
        <location filename="../widgets/matrix/strengthheatmap.cpp" line="+67"/>
        <source>No trained weights to show</source>
        <translation>沒有可顯示的已訓練權重</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 → layer %2: not connected</source>
        <translation>%1 → 第 %2 層：未連接</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>layer %1</source>
        <translation>第 %1 層</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 → layer %2: mean |w| %3 (%4 % of the strongest)</source>
        <translation>%1 → 第 %2 層：平均 |w| %3 (為最強連接的 %4 %)</translation>
    </message>
</context>
<context>
    <name>denselab::TourPanel</name>
    <message>
        <location filename="../app/tours/tourpanel.cpp" line="+28"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>End tour</source>
        <translation>結束導覽</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>denselab::TrainingController</name>
    <message>
        <location filename="../app/training/trainingcontroller.cpp" line="+81"/>
        <source>resume %1</source>
        <translation>繼續 %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the training thread ended without a final state</source>
        <translation>訓練執行緒結束時沒有最終狀態</translation>
    </message>
</context>
<context>
    <name>denselab::TrainingPlots</name>
    <message>
        <location filename="../widgets/plots/trainingplots.cpp" line="+25"/>
        <source>Epoch</source>
        <translation>週期</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-1 accuracy (%)</source>
        <translation>Top-1 準確率 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images / s</source>
        <translation>影像 / 秒</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smoothed</source>
        <translation>平滑後</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test (epoch)</source>
        <translation>測試 (週期)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>測試</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images/s</source>
        <translation>影像/秒</translation>
    </message>
</context>
<context>
    <name>denselab::TrainingView</name>
    <message>
        <location filename="../app/training/trainingview.cpp" line="+57"/>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the dataset now and report its size or the problem with its files</source>
        <translation>立即讀取資料集，並回報其大小或其檔案的問題</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recipe</source>
        <translation>訓練配方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Epochs</source>
        <translation>週期數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimizer</source>
        <translation>最佳化器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Momentum</source>
        <translation>動量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight decay</source>
        <translation>權重衰減</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warm-up (epochs)</source>
        <translation>暖身 (週期)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Training images</source>
        <translation>訓練影像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test images</source>
        <translation>測試影像</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Resize images to the design&apos;s input</source>
        <translation>將影像縮放為設計的輸入尺寸</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Random crops (flips where allowed)</source>
        <translation>隨機裁切（允許時也翻轉）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Augmentation</source>
        <translation>資料擴增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute concatenations and BN/ReLU in backward</source>
        <translation>在反向傳播中重新計算串接與 BN/ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory-efficient dense layers (Pleiss et al., 2017): a dense block keeps memory that grows with its depth instead of its depth squared, at the cost of recomputing. Same results.</source>
        <translation>省記憶體的密集層（Pleiss 等，2017）：密集區塊的記憶體隨深度而非深度平方成長，代價是重新計算。結果相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fast: shared BN statistics, fused BN + ReLU</source>
        <translation>快速：共用 BN 統計量，BN + ReLU 一次完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain: one operation per layer</source>
        <translation>一般：每層一個運算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fast engine normalizes each layer&apos;s output once per step, shared by every batch norm that reads it, and applies BN and ReLU in one pass without concatenating (CPU; CUDA runs plain). The plain engine runs the graph as PyTorch would. Same results up to rounding.</source>
        <translation>快速引擎每一步只將每層的輸出正規化一次，供讀取它的所有批次正規化共用，並且不串接、一次完成 BN 與 ReLU（CPU；CUDA 使用一般引擎）。一般引擎以 PyTorch 的方式執行計算圖。結果除捨入誤差外相同。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all cores</source>
        <translation>所有核心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>CPU 執行緒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The images to train on. The design&apos;s input and classes are adapted to them unless images are resized.</source>
        <translation>用來訓練的影像。除非縮放影像，設計的輸入與類別會依其調整。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the dataset&apos;s files are; empty: its default folder (shown greyed).</source>
        <translation>資料集檔案所在位置；空白：其預設資料夾（灰色顯示）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills in the settings below from a paper&apos;s recipe (ThreshNet&apos;s CIFAR runs) or a quick demo.</source>
        <translation>依論文的配方（ThreshNet 的 CIFAR 訓練）或快速示範填入下列設定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the training images.</source>
        <translation>走過訓練影像的次數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images per step. Larger batches train faster per image and need more memory.</source>
        <translation>每步的影像數。較大的批次每張影像訓練較快，但需要更多記憶體。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD with momentum (the DenseNet papers), Adam or AdamW.</source>
        <translation>帶動量的 SGD（DenseNet 論文）、Adam 或 AdamW。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step size η at the start; the schedule changes it per step.</source>
        <translation>起始步長 η；排程會逐步改變它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD&apos;s momentum (0.9 in the DenseNet papers).</source>
        <translation>SGD 的動量（DenseNet 論文為 0.9）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 penalty on the weights (10⁻⁴ in DenseNet, 5·10⁻⁴ in ThreshNet&apos;s CIFAR-100 recipe).</source>
        <translation>權重的 L2 懲罰（DenseNet 為 10⁻⁴，ThreshNet 的 CIFAR-100 配方為 5·10⁻⁴）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant; step (times γ at each milestone); or cosine down to 0 at the last epoch.</source>
        <translation>固定；階梯（每個里程碑乘以 γ）；或餘弦，於最後一個 epoch 降到 0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs over which the learning rate rises linearly from 0 before the schedule starts.</source>
        <translation>排程開始前，學習率從 0 線性上升所經的 epoch 數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the first N images only (a quick look); &apos;all&apos; for the whole training set.</source>
        <translation>只用前 N 張影像訓練（快速查看）；「全部」為整個訓練集。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test on the first N images only; &apos;all&apos; for the whole test set.</source>
        <translation>只用前 N 張影像測試；「全部」為整個測試集。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random crops with padding, and horizontal flips for datasets where a mirrored image is still the same class.</source>
        <translation>加邊框的隨機裁切，以及在鏡像影像仍屬同類的資料集上做水平翻轉。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto: the GPU when LibTorch has CUDA and one is present, else the CPU.</source>
        <translation>auto：當 LibTorch 支援 CUDA 且有 GPU 時用 GPU，否則用 CPU。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads for the training&apos;s arithmetic; &apos;all cores&apos; by default.</source>
        <translation>訓練運算用的 CPU 執行緒；預設「所有核心」。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the design on screen; queued when another run is training</source>
        <translation>訓練畫面上的設計；若有其他訓練執行正在進行，則加入佇列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued</source>
        <translation>佇列中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from queue</source>
        <translation>從佇列移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the selected run off the queue before it starts (Delete)</source>
        <translation>在所選訓練開始前將其移出佇列（Delete）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Otherwise the design&apos;s input and classes are adapted to the dataset (recorded in the run)</source>
        <translation>否則將設計的輸入與類別數調整為資料集的設定（記錄於訓練執行中）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No run yet.</source>
        <translation>尚無訓練執行。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dataset folder</source>
        <translation>資料集資料夾</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: preparing…</source>
        <translation>%1：準備中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run %1 started in %2</source>
        <translation>訓練執行 %1 已開始，位於 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>epoch %1/%2 · step %3/%4 · %5 img/s · ETA %6</source>
        <translation>週期 %1/%2 · 步驟 %3/%4 · %5 img/s · ETA %6</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>epoch %1: train loss %2, test loss %3, test accuracy %4 %, %5 s</source>
        <translation>週期 %1：訓練損失 %2，測試損失 %3，測試準確率 %4 %，%5 秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The design cannot be built: %1</source>
        <translation>無法建構此設計：%1</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>No GPU can be chosen: %1</source>
        <translation>無法選擇 GPU：%1</translation>
    </message>
    <message>
        <location filename="../app/training/trainingviewchecks.cpp" line="+73"/>
        <source>Dataset missing: %1. Choose its folder above (Help ▸ User guide ▸ Training says where to get it).</source>
        <translation>缺少資料集：%1。請在上方選擇其資料夾（說明 ▸ 使用手冊 ▸ 訓練 說明從何取得）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>resize the images to the design&apos;s input %1×%2×%3 (“Resize images to the design&apos;s input”)</source>
        <translation>將影像縮放為設計的輸入 %1×%2×%3（「將影像縮放為設計的輸入尺寸」）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the small-input stem (one 3×3 convolution) on the Design page&apos;s Network tab</source>
        <translation>在設計頁的「網路」分頁選擇小輸入主幹（一個 3×3 卷積）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove the last %1 of the %2 stages</source>
        <translation>移除 %2 個階段中的最後 %1 個</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This design cannot be trained on %1 (%2×%3×%4): %5</source>
        <translation>此設計無法在 %1（%2×%3×%4）上訓練：%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would work: %1.</source>
        <translation>可行的做法：%1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>images resized %1 → %2</source>
        <translation>影像縮放 %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>design input %1 → %2</source>
        <translation>設計輸入 %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>classes %1 → %2</source>
        <translation>類別數 %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset %1, %2 classes: matches the design.</source>
        <translation>資料集 %1，%2 個類別：與設計相符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset %1, %2 classes. For this run: %3.</source>
        <translation>資料集 %1，%2 個類別。本次訓練執行：%3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 training and %3 test images of %4×%5×%6, %7 classes.</source>
        <translation>%1：%2 張訓練影像與 %3 張測試影像，尺寸 %4×%5×%6，%7 個類別。</translation>
    </message>
</context>
<context>
    <name>denselab::UserGuide</name>
    <message>
        <location filename="../app/mainwindow/helpwindows.cpp" line="-45"/>
        <source>DenseLab user guide</source>
        <translation>DenseLab 使用手冊</translation>
    </message>
</context>
<context>
    <name>denselab::WidgetExport</name>
    <message>
        <location filename="../widgets/export/widgetexport.cpp" line="+18"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 影像 (*.png);;SVG 繪圖 (*.svg);;PDF 文件 (*.pdf)</translation>
    </message>
</context>
</TS>
