<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>CrashReporter</name>
    <message numerus="yes">
      <source>%Ln more unexpected error(s) since; all are in the log.</source>
      <translation>
        <numerusform>此后又发生了 %Ln 个意外错误，详情均已记入日志。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DateRangeDialog</name>
    <message>
      <source>Photos taken between</source>
      <translation>拍摄日期范围</translation>
    </message>
    <message>
      <source>From</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>From this day (included)</source>
      <translation>从这一天开始（含当天）</translation>
    </message>
    <message>
      <source>To</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <source>To this day (included)</source>
      <translation>到这一天为止（含当天）</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>从：</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>到：</translation>
    </message>
  </context>
  <context>
    <name>EmptyStateView</name>
    <message>
      <source>{title}: {text}</source>
      <translation>{title}：{text}</translation>
    </message>
  </context>
  <context>
    <name>FailuresButton</name>
    <message>
      <source>Which files, and why each one could not be read</source>
      <translation>哪些文件无法读取，以及各自的原因</translation>
    </message>
    <message numerus="yes">
      <source>%Ln file(s) could not be read</source>
      <translation>
        <numerusform>%Ln 个文件无法读取</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FailuresDialog</name>
    <message>
      <source>Files that could not be read</source>
      <translation>无法读取的文件</translation>
    </message>
    <message>
      <source>PhotoSeek skips these files. It tries again when a file changes, for example after you repair or re-export it.</source>
      <translation>PhotoSeek 会跳过这些文件。文件发生变化时（例如您修复或重新导出之后），PhotoSeek 会再次尝试读取。</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Copy list</source>
      <translation>复制列表</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>Filter</source>
      <translation>筛选</translation>
    </message>
    <message>
      <source>Add a filter</source>
      <translation>添加筛选条件</translation>
    </message>
    <message>
      <source>Only photos in a folder, taken in a date range, of a file type or by a camera</source>
      <translation>仅显示某个文件夹中、某个日期范围内拍摄、某种文件类型或某台相机拍摄的照片</translation>
    </message>
    <message>
      <source>Only photos in a folder, from a date range, of a file type or by a camera</source>
      <translation>仅显示某个文件夹中、某个日期范围内、某种文件类型或某台相机拍摄的照片</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>排序</translation>
    </message>
    <message>
      <source>How the photos in the grid are ordered</source>
      <translation>网格中照片的排列顺序</translation>
    </message>
    <message>
      <source>Group bursts</source>
      <translation>合并连拍</translation>
    </message>
    <message>
      <source>Show each burst of near-identical shots as one photo</source>
      <translation>将每组几乎相同的连拍照片显示为一张</translation>
    </message>
    <message>
      <source>Show each burst of near-identical shots (taken seconds apart, in one folder) as one photo, with how many shots it holds</source>
      <translation>将每组几乎相同的连拍照片（同一文件夹中相隔几秒拍摄）显示为一张，并标明其中包含的张数</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <source>Choose a folder…</source>
      <translation>选择文件夹…</translation>
    </message>
    <message>
      <source>Date…</source>
      <translation>日期…</translation>
    </message>
    <message>
      <source>File type</source>
      <translation>文件类型</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation>相机</translation>
    </message>
    <message>
      <source>{camera} ({photos})</source>
      <translation>{camera}（{photos} 张）</translation>
    </message>
    <message>
      <source>No camera known yet</source>
      <translation>尚无已知相机</translation>
    </message>
    <message>
      <source>Only photos in this folder</source>
      <translation>仅显示此文件夹中的照片</translation>
    </message>
    <message>
      <source>In {folder}</source>
      <translation>位于 {folder}</translation>
    </message>
    <message>
      <source>Taken (or, without a date taken, changed) in this range</source>
      <translation>拍摄于此范围内（无拍摄日期的照片按修改日期）</translation>
    </message>
    <message>
      <source>Only {type} files</source>
      <translation>仅 {type} 文件</translation>
    </message>
    <message>
      <source>Only photos taken with this camera</source>
      <translation>仅显示用此相机拍摄的照片</translation>
    </message>
    <message>
      <source>Only photos that do not say which camera took them</source>
      <translation>仅显示未记录拍摄相机的照片</translation>
    </message>
    <message>
      <source>{filter}
Click to remove this filter</source>
      <translation>{filter}
单击以移除此筛选条件</translation>
    </message>
    <message>
      <source>Filter: {filter}</source>
      <translation>筛选条件：{filter}</translation>
    </message>
    <message>
      <source>Activate to remove this filter</source>
      <translation>激活以移除此筛选条件</translation>
    </message>
  </context>
  <context>
    <name>FolderPanel</name>
    <message>
      <source>Folders</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <source>Choose a folder to see only its photos, or All photos</source>
      <translation>选择一个文件夹以仅查看其中的照片，或选择“所有照片”</translation>
    </message>
    <message>
      <source>All photos</source>
      <translation>所有照片</translation>
    </message>
    <message>
      <source>{folder} (offline)</source>
      <translation>{folder}（离线）</translation>
    </message>
    <message>
      <source>{folder} is {reason}; its photos are kept</source>
      <translation>{folder}：{reason}；其中的照片仍会保留</translation>
    </message>
  </context>
  <context>
    <name>Handoff</name>
    <message>
      <source>Nothing on this computer opens {photo}: set a default app for this kind of file</source>
      <translation>此电脑上没有可以打开 {photo} 的应用程序：请为此类文件设置默认应用程序</translation>
    </message>
    <message>
      <source>Open with this application</source>
      <translation>使用此应用程序打开</translation>
    </message>
    <message>
      <source>No file manager could show {folder}</source>
      <translation>没有文件管理器能够显示 {folder}</translation>
    </message>
    <message>
      <source>{photo} is on {folder}, which is not available now</source>
      <translation>{photo} 位于 {folder}，该位置当前不可用</translation>
    </message>
    <message>
      <source>{photo} is not there any more (moved or deleted?)</source>
      <translation>{photo} 已不在原处（可能已被移动或删除）</translation>
    </message>
  </context>
  <context>
    <name>IndexProgress</name>
    <message>
      <source>Indexing progress</source>
      <translation>索引进度</translation>
    </message>
    <message>
      <source>Photos indexed so far (a moving bar: counting what there is to do)</source>
      <translation>目前已索引的照片（进度条来回滚动时表示正在统计待处理的内容）</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>暂停</translation>
    </message>
    <message>
      <source>Pause indexing; search keeps working</source>
      <translation>暂停索引；搜索仍可正常使用</translation>
    </message>
    <message>
      <source>Re-indexing with the new model; until it is done, search uses the previous model's complete index.</source>
      <translation>正在使用新模型重新索引；完成之前，搜索将使用旧模型的完整索引。</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>继续</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%Ln added</source>
      <translation>
        <numerusform>新增 %Ln 张</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln copied</source>
      <translation>
        <numerusform>复制 %Ln 张</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln updated</source>
      <translation>
        <numerusform>更新 %Ln 张</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln moved</source>
      <translation>
        <numerusform>移动 %Ln 张</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln removed</source>
      <translation>
        <numerusform>移除 %Ln 张</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln failed</source>
      <translation>
        <numerusform>失败 %Ln 张</numerusform>
      </translation>
    </message>
    <message>
      <source> in {time} ms</source>
      <translation>，用时 {time} 毫秒</translation>
    </message>
    <message>
      <source>MMMM yyyy</source>
      <comment>a month heading, as QLocale's date format (Japanese: yyyy年M月)</comment>
      <translation>yyyy年M月</translation>
    </message>
    <message>
      <source>Looks like {photo}</source>
      <translation>与 {photo} 相似</translation>
    </message>
    <message numerus="yes">
      <source>%Ln photo(s)</source>
      <translation>
        <numerusform>%Ln 张照片</numerusform>
      </translation>
    </message>
    <message>
      <source>, </source>
      <comment>between the counts of an index update</comment>
      <translation>，</translation>
    </message>
    <message>
      <source>Index updated: {changes}</source>
      <translation>索引已更新：{changes}</translation>
    </message>
    <message>
      <source>Add a folder of photos</source>
      <translation>添加照片文件夹</translation>
    </message>
    <message>
      <source>The new language shows the next time PhotoSeek starts</source>
      <translation>新语言将在下次启动 PhotoSeek 时生效</translation>
    </message>
  </context>
  <context>
    <name>ModelDownload</name>
    <message>
      <source>The download was cancelled. PhotoSeek needs the model to search; download it later, or choose a model that is already on this computer.</source>
      <translation>下载已取消。PhotoSeek 需要模型才能搜索；请稍后再下载，或选择此电脑上已有的模型。</translation>
    </message>
    <message>
      <source>The model could not be downloaded: {error}</source>
      <translation>无法下载模型：{error}</translation>
    </message>
  </context>
  <context>
    <name>ModelDownloadDialog</name>
    <message>
      <source>Downloading the search model</source>
      <translation>正在下载搜索模型</translation>
    </message>
    <message>
      <source>PhotoSeek is downloading its search model {model} ({size}).
This happens once; afterwards PhotoSeek works offline.</source>
      <translation>PhotoSeek 正在下载搜索模型 {model}（{size}）。
只需下载一次，之后 PhotoSeek 即可离线使用。</translation>
    </message>
    <message>
      <source>PhotoSeek is downloading its search model {model}.
This happens once; afterwards PhotoSeek works offline.</source>
      <translation>PhotoSeek 正在下载搜索模型 {model}。
只需下载一次，之后 PhotoSeek 即可离线使用。</translation>
    </message>
    <message>
      <source>{done} of {total} MB</source>
      <translation>{done} / {total} MB</translation>
    </message>
  </context>
  <context>
    <name>ModelSetup</name>
    <message>
      <source>Search in {language}?</source>
      <translation>使用{language}搜索？</translation>
    </message>
    <message>
      <source>PhotoSeek's default search model understands only English queries. To search your photos in {language}, use {model} ({size} download).</source>
      <translation>PhotoSeek 的默认搜索模型只能理解英语查询。要用{language}搜索照片，请使用 {model}（需下载 {size}）。</translation>
    </message>
    <message>
      <source>Use {model}</source>
      <translation>使用 {model}</translation>
    </message>
    <message>
      <source>Keep the English model</source>
      <translation>保留英语模型</translation>
    </message>
  </context>
  <context>
    <name>NewMatchesBar</name>
    <message>
      <source>Show the results again in order of relevance, the new matches with them</source>
      <translation>按相关性重新显示结果，并包含新的匹配结果</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message numerus="yes">
      <source>%Ln new match(es) since this search</source>
      <translation>
        <numerusform>自本次搜索以来新增 %Ln 个匹配结果</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PhotoActions</name>
    <message>
      <source>Copied {photo}</source>
      <translation>已复制 {photo}</translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln photo(s)</source>
      <translation>
        <numerusform>已复制 %Ln 张照片</numerusform>
      </translation>
    </message>
    <message>
      <source>Copied the picture {photo}</source>
      <translation>已复制 {photo} 的图像</translation>
    </message>
    <message>
      <source>{photo} cannot be copied as a picture; Copy gives the file</source>
      <translation>{photo} 无法作为图像复制；“复制”会复制文件本身</translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s) to</source>
      <translation>
        <numerusform>将 %Ln 张照片复制到</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copying %Ln photo(s) to {folder}…</source>
      <translation>
        <numerusform>正在将 %Ln 张照片复制到 {folder}…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln photo(s) to {folder}</source>
      <translation>
        <numerusform>已将 %Ln 张照片复制到 {folder}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{copied}; %Ln photo(s) could not be copied ({photo}: {why})</source>
      <translation>
        <numerusform>{copied}；%Ln 张照片无法复制（{photo}：{why}）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln photo(s) to the Trash?

You can restore them from the Trash.</source>
      <translation>
        <numerusform>要将 %Ln 张照片移到回收站吗？

您可以从回收站中恢复它们。</numerusform>
      </translation>
    </message>
    <message>
      <source>Move {photo} to the Trash?

You can restore them from the Trash.</source>
      <translation>要将 {photo} 移到回收站吗？

您可以从回收站中将其恢复。</translation>
    </message>
    <message>
      <source>Move to Trash</source>
      <translation>移到回收站</translation>
    </message>
    <message numerus="yes">
      <source>Moved %Ln photo(s) to the Trash</source>
      <translation>
        <numerusform>已将 %Ln 张照片移到回收站</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{moved}; %Ln photo(s) could not be moved ({photo})</source>
      <translation>
        <numerusform>{moved}；%Ln 张照片无法移动（{photo}）</numerusform>
      </translation>
    </message>
    <message>
      <source>Put them back where they were</source>
      <translation>将它们放回原处</translation>
    </message>
    <message numerus="yes">
      <source>Put back %Ln photo(s)</source>
      <translation>
        <numerusform>已将 %Ln 张照片放回原处</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{put_back}; %Ln photo(s) stayed in the Trash ({photo}: {why})</source>
      <translation>
        <numerusform>{put_back}；%Ln 张照片仍在回收站中（{photo}：{why}）</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>文件夹：</translation>
    </message>
    <message>
      <source>Taken:</source>
      <translation>拍摄时间：</translation>
    </message>
    <message>
      <source>Camera:</source>
      <translation>相机：</translation>
    </message>
    <message>
      <source>Exposure:</source>
      <translation>曝光：</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>位置：</translation>
    </message>
    <message>
      <source>Dimensions:</source>
      <translation>尺寸：</translation>
    </message>
    <message>
      <source>Size:</source>
      <translation>大小：</translation>
    </message>
    <message>
      <source>Match:</source>
      <translation>匹配度：</translation>
    </message>
    <message>
      <source>Previous result</source>
      <translation>上一个结果</translation>
    </message>
    <message>
      <source>Previous result (arrow keys)</source>
      <translation>上一个结果（方向键）</translation>
    </message>
    <message>
      <source>Next result</source>
      <translation>下一个结果</translation>
    </message>
    <message>
      <source>Next result (arrow keys)</source>
      <translation>下一个结果（方向键）</translation>
    </message>
    <message>
      <source>100 %</source>
      <translation>100%</translation>
    </message>
    <message>
      <source>Actual size</source>
      <translation>实际大小</translation>
    </message>
    <message>
      <source>Show the photo at its actual size, or fitted to the window (Z)</source>
      <translation>以实际大小显示照片，或缩放至适合窗口（Z）</translation>
    </message>
    <message>
      <source>{score} (cosine similarity to the query): a match</source>
      <translation>{score}（与查询的余弦相似度）：匹配</translation>
    </message>
    <message>
      <source>{score} (cosine similarity to the query): a weaker match, below the cutoff</source>
      <translation>{score}（与查询的余弦相似度）：较弱的匹配，低于阈值</translation>
    </message>
    <message>
      <source>{width} × {height} pixels</source>
      <translation>{width} × {height} 像素</translation>
    </message>
    <message>
      <source>Cannot show this photo: {reason}</source>
      <translation>无法显示此照片：{reason}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>适合窗口</translation>
    </message>
    <message>
      <source>Fit to the window</source>
      <translation>缩放至适合窗口</translation>
    </message>
  </context>
  <context>
    <name>PreviewLoader</name>
    <message>
      <source>cannot read file ({reason})</source>
      <translation>无法读取文件（{reason}）</translation>
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <source> · match {score} (a weaker match)</source>
      <translation> · 匹配度 {score}（较弱的匹配）</translation>
    </message>
    <message>
      <source> · match {score}</source>
      <translation> · 匹配度 {score}</translation>
    </message>
    <message>
      <source>Offline: its folder is not available now (an unplugged drive?)</source>
      <translation>离线：所在文件夹当前不可用（驱动器未连接？）</translation>
    </message>
    <message>
      <source>Identical copy:</source>
      <translation>完全相同的副本：</translation>
    </message>
    <message>
      <source>Identical copies:</source>
      <translation>完全相同的副本：</translation>
    </message>
    <message numerus="yes">
      <source>One of a burst of %Ln shot(s); the others:</source>
      <translation>
        <numerusform>%Ln 张连拍中的一张；其余照片：</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <source>Your library, newest first, or the photos a search found: arrows move, Enter opens, Space previews, the menu key offers more</source>
      <translation>您的图库（最新的在前）或搜索到的照片：方向键移动，Enter 键打开，空格键预览，菜单键显示更多操作</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>Open in your usual viewer (Enter)</source>
      <translation>在常用的查看器中打开（Enter）</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>在文件夹中显示</translation>
    </message>
    <message>
      <source>Show it in the file manager</source>
      <translation>在文件管理器中显示</translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s)</source>
      <translation>
        <numerusform>复制 %Ln 张照片</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>To paste as files in a file manager, or as paths in text</source>
      <translation>可在文件管理器中粘贴为文件，或在文本中粘贴为路径</translation>
    </message>
    <message>
      <source>Copy image</source>
      <translation>复制图像</translation>
    </message>
    <message>
      <source>The picture itself, to paste it</source>
      <translation>复制图像本身，以便粘贴</translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s) to folder…</source>
      <translation>
        <numerusform>将 %Ln 张照片复制到文件夹…</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy to folder…</source>
      <translation>复制到文件夹…</translation>
    </message>
    <message>
      <source>Copies; nothing is overwritten</source>
      <translation>仅复制，不会覆盖任何文件</translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln photo(s) to Trash…</source>
      <translation>
        <numerusform>将 %Ln 张照片移到回收站…</numerusform>
      </translation>
    </message>
    <message>
      <source>Move to Trash…</source>
      <translation>移到回收站…</translation>
    </message>
    <message>
      <source>The system's trash, with Undo</source>
      <translation>移到系统回收站，可撤销</translation>
    </message>
    <message>
      <source>Find similar</source>
      <translation>查找相似照片</translation>
    </message>
    <message>
      <source>Photos that look like this one</source>
      <translation>与这张照片相似的照片</translation>
    </message>
    <message>
      <source>Search in this folder</source>
      <translation>在此文件夹中搜索</translation>
    </message>
    <message>
      <source>Only photos in this photo's folder (and its subfolders), until you remove the filter</source>
      <translation>仅显示此照片所在文件夹（及其子文件夹）中的照片，直到您移除此筛选条件</translation>
    </message>
    <message>
      <source>Open with…</source>
      <translation>打开方式…</translation>
    </message>
    <message>
      <source>Open with</source>
      <translation>打开方式</translation>
    </message>
    <message>
      <source>Other application…</source>
      <translation>其他应用程序…</translation>
    </message>
  </context>
  <context>
    <name>SearchBar</name>
    <message>
      <source>Describe a photo, e.g. “a red bicycle” — or drop a photo here</source>
      <translation>描述一张照片，例如“红色的自行车”，或将照片拖放到这里</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <source>Describe the photos to find; Down moves into the results, Esc clears</source>
      <translation>描述要查找的照片；按下方向键进入结果，按 Esc 清除</translation>
    </message>
    <message>
      <source>Clear the search</source>
      <translation>清除搜索</translation>
    </message>
    <message>
      <source>Clear the search (Esc)</source>
      <translation>清除搜索（Esc）</translation>
    </message>
    <message>
      <source>Stop searching by this photo</source>
      <translation>停止按此照片搜索</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <source>Library folders, excluded folders, model and threads (Ctrl+,)</source>
      <translation>图库文件夹、排除的文件夹、模型和线程（Ctrl+,）</translation>
    </message>
    <message>
      <source>Example searches</source>
      <translation>搜索示例</translation>
    </message>
    <message>
      <source>Searches to try: activate one to search for it</source>
      <translation>可尝试的搜索：激活其中一项即可搜索</translation>
    </message>
    <message>
      <source>Try: {examples}</source>
      <translation>试试：{examples}</translation>
    </message>
    <message>
      <source>Photos like {photo}</source>
      <translation>与 {photo} 相似的照片</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>PhotoSeek settings</source>
      <translation>PhotoSeek 设置</translation>
    </message>
    <message>
      <source>Library folders</source>
      <translation>图库文件夹</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <source>Re-index now</source>
      <translation>立即重新索引</translation>
    </message>
    <message>
      <source>Look through every folder again now for new, changed, moved and deleted photos (the window also does this on its own)</source>
      <translation>立即重新检查每个文件夹中新增、更改、移动和删除的照片（程序也会自动执行此操作）</translation>
    </message>
    <message>
      <source>Removing a folder removes its photos from the index; the files themselves stay.</source>
      <translation>移除文件夹会将其中的照片从索引中移除；文件本身不受影响。</translation>
    </message>
    <message>
      <source>Search model</source>
      <translation>搜索模型</translation>
    </message>
    <message>
      <source>{model} — downloaded</source>
      <translation>{model} — 已下载</translation>
    </message>
    <message>
      <source>{model} — {size} download</source>
      <translation>{model} — 需下载 {size}</translation>
    </message>
    <message>
      <source>Choose model file…</source>
      <translation>选择模型文件…</translation>
    </message>
    <message>
      <source>An open_clip_config.json, or a weights file (.safetensors, .pt)</source>
      <translation>open_clip_config.json 或权重文件（.safetensors、.pt）</translation>
    </message>
    <message>
      <source>Choose model folder…</source>
      <translation>选择模型文件夹…</translation>
    </message>
    <message>
      <source>A folder with an open_clip model: open_clip_config.json and its weights</source>
      <translation>包含 open_clip 模型的文件夹：open_clip_config.json 及其权重文件</translation>
    </message>
    <message>
      <source>Indexing</source>
      <translation>索引</translation>
    </message>
    <message>
      <source>One pattern per line, e.g. *.gif or */Screenshots/*</source>
      <translation>每行一个模式，例如 *.gif 或 */Screenshots/*</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <source>Leave out files matching:</source>
      <translation>排除匹配以下模式的文件：</translation>
    </message>
    <message>
      <source>CPU threads:</source>
      <translation>CPU 线程数：</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>窗口</translation>
    </message>
    <message>
      <source>The system's language</source>
      <translation>系统语言</translation>
    </message>
    <message>
      <source>The window's language, from the next start of PhotoSeek</source>
      <translation>窗口的显示语言（下次启动 PhotoSeek 时生效）</translation>
    </message>
    <message>
      <source>Light or dark; by default as the system is set</source>
      <translation>浅色或深色；默认跟随系统设置</translation>
    </message>
    <message>
      <source>Show weaker matches without asking</source>
      <translation>直接显示较弱的匹配结果</translation>
    </message>
    <message>
      <source>A search lists the photos below the relevance cutoff after its matches, instead of behind a “Show N weaker matches” row</source>
      <translation>搜索时，低于相关性阈值的照片会直接列在匹配结果之后，而不是收起在“显示 N 个较弱的匹配结果”一行后面</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>语言：</translation>
    </message>
    <message>
      <source>Appearance:</source>
      <translation>外观：</translation>
    </message>
    <message>
      <source>Search results:</source>
      <translation>搜索结果：</translation>
    </message>
    <message>
      <source>On this computer: {model}</source>
      <translation>此电脑上：{model}</translation>
    </message>
    <message>
      <source>{folder} is {reason}</source>
      <translation>{folder}：{reason}</translation>
    </message>
    <message numerus="yes">
      <source>Remove {folder} from the library?

Its %Ln photo(s) (leaves|leave) the index when you press OK (the files themselves stay where they are); adding the folder again re-reads them.</source>
      <translation>
        <numerusform>要从图库中移除 {folder} 吗？

按“确定”后，其中的 %Ln 张照片将从索引中移除（文件本身仍保留在原处）；重新添加该文件夹会重新读取这些照片。</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove {folder} from the library?

Its photos leave the index when you press OK (the files themselves stay where they are); adding the folder again re-reads them.</source>
      <translation>要从图库中移除 {folder} 吗？

按“确定”后，其中的照片将从索引中移除（文件本身仍保留在原处）；重新添加该文件夹会重新读取这些照片。</translation>
    </message>
    <message>
      <source>Remove folder</source>
      <translation>移除文件夹</translation>
    </message>
    <message>
      <source>Add a folder of photos</source>
      <translation>添加照片文件夹</translation>
    </message>
    <message>
      <source>Choose an open_clip model folder</source>
      <translation>选择 open_clip 模型文件夹</translation>
    </message>
    <message>
      <source>{folder} holds no open_clip model (no open_clip_config.json in it)</source>
      <translation>{folder} 中没有 open_clip 模型（其中没有 open_clip_config.json）</translation>
    </message>
    <message>
      <source>A model on this computer.</source>
      <translation>此电脑上的模型。</translation>
    </message>
    <message>
      <source>{model} Changing the model re-indexes every photo in the background; until that is done, search keeps using the current model's index.</source>
      <translation>{model}更改模型后，将在后台重新索引所有照片；完成之前，搜索仍使用当前模型的索引。</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <source>Thumbnail size (Ctrl + and Ctrl −)</source>
      <translation>缩略图大小（Ctrl + 和 Ctrl −）</translation>
    </message>
    <message>
      <source>Thumbnail size</source>
      <translation>缩略图大小</translation>
    </message>
  </context>
  <context>
    <name>ThumbnailDelegate</name>
    <message>
      <source>cannot show</source>
      <translation>无法显示</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>离线</translation>
    </message>
    <message numerus="yes">
      <source>+%Ln cop(y|ies)</source>
      <translation>
        <numerusform>+%Ln 个副本</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln shot(s)</source>
      <translation>
        <numerusform>%Ln 张</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UndoBar</name>
    <message>
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <source>Take the last action back</source>
      <translation>撤销上一步操作</translation>
    </message>
  </context>
  <context>
    <name>Worker</name>
    <message>
      <source>the search model {model} is not downloaded yet</source>
      <translation>尚未下载搜索模型 {model}</translation>
    </message>
    <message numerus="yes">
      <source>removed {folder} from the library (%Ln photo(s) left the index)</source>
      <translation>
        <numerusform>已从图库中移除 {folder}（%Ln 张照片已移出索引）</numerusform>
      </translation>
    </message>
    <message>
      <source>internal error: {kind} (details in the log)</source>
      <translation>内部错误：{kind}（详见日志）</translation>
    </message>
    <message>
      <source>internal error: {kind}: {error} (details in the log)</source>
      <translation>内部错误：{kind}：{error}（详见日志）</translation>
    </message>
  </context>
  <context>
    <name>answer</name>
    <message numerus="yes">
      <source>%Ln weaker match(es)</source>
      <translation>
        <numerusform>%Ln 个较弱的匹配结果</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln match(es)</source>
      <translation>
        <numerusform>%Ln 个匹配结果</numerusform>
      </translation>
    </message>
    <message>
      <source>No matches</source>
      <translation>无匹配结果</translation>
    </message>
    <message numerus="yes">
      <source>%Ln match(es) and {weaker} weaker</source>
      <translation>
        <numerusform>%Ln 个匹配结果，另有 {weaker} 个较弱的匹配结果</numerusform>
      </translation>
    </message>
    <message>
      <source>No matches and {weaker} weaker</source>
      <translation>无匹配结果，另有 {weaker} 个较弱的匹配结果</translation>
    </message>
    <message numerus="yes">
      <source>Show %Ln weaker match(es)</source>
      <translation>
        <numerusform>显示 %Ln 个较弱的匹配结果</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>PhotoSeek crashed last time; details in {log}</source>
      <translation>PhotoSeek 上次崩溃了；详情请见 {log}</translation>
    </message>
  </context>
  <context>
    <name>appearance</name>
    <message>
      <source>Follow the system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>浅色</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>深色</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>cannot read file ({detail})</source>
      <translation>无法读取文件（{detail}）</translation>
    </message>
    <message>
      <source>the decoder did not finish within {seconds} s (stopped)</source>
      <translation>解码器未在 {seconds} 秒内完成（已停止）</translation>
    </message>
    <message>
      <source>the decoder crashed on this file ({detail})</source>
      <translation>解码器处理此文件时崩溃（{detail}）</translation>
    </message>
    <message>
      <source>too large to decode within the memory allowed for one photo</source>
      <translation>文件过大，无法在单张照片允许的内存内解码</translation>
    </message>
    <message>
      <source>empty file (0 bytes)</source>
      <translation>空文件（0 字节）</translation>
    </message>
    <message>
      <source>too many pixels: refused as a possible decompression bomb</source>
      <translation>像素过多：疑似解压炸弹，已拒绝</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>权限被拒绝</translation>
    </message>
    <message>
      <source>file disappeared while reading</source>
      <translation>读取时文件消失了</translation>
    </message>
    <message>
      <source>not an image, or a format PhotoSeek cannot read</source>
      <translation>不是图像，或是 PhotoSeek 无法读取的格式</translation>
    </message>
    <message>
      <source>corrupt or truncated image ({detail})</source>
      <translation>图像已损坏或不完整（{detail}）</translation>
    </message>
    <message>
      <source>cannot decode ({kind}: {detail})</source>
      <translation>无法解码（{kind}: {detail}）</translation>
    </message>
    <message>
      <source>cannot load model folder {folder}: {detail}</source>
      <translation>无法加载模型文件夹 {folder}：{detail}</translation>
    </message>
    <message>
      <source>cannot load {file} as a {model} model: {detail}</source>
      <translation>无法将 {file} 作为 {model} 模型加载：{detail}</translation>
    </message>
    <message>
      <source>model {model} is not available: it is not in {cache} and could not be downloaded from the Hugging Face hub (offline?). Download it on a connected machine, or point PhotoSeek at a local copy with --model /path/to/model-folder (or PHOTOSEEK_MODEL)</source>
      <translation>模型 {model} 不可用：它不在 {cache} 中，也无法从 Hugging Face Hub 下载（处于离线状态？）。请在联网的计算机上下载，或使用 --model /path/to/model-folder（或 PHOTOSEEK_MODEL）让 PhotoSeek 使用本地副本。</translation>
    </message>
    <message>
      <source>The search model {model} could not be downloaded: {reason}. Try again when online, or choose a model folder or weights file that is already on this computer.</source>
      <translation>无法下载搜索模型 {model}：{reason}。请联网后重试，或选择此计算机上已有的模型文件夹或权重文件。</translation>
    </message>
    <message>
      <source>there is no connection to the Hugging Face hub (offline, or blocked by a proxy)</source>
      <translation>无法连接到 Hugging Face Hub（处于离线状态，或被代理阻止）</translation>
    </message>
    <message>
      <source>the download failed ({detail})</source>
      <translation>下载失败（{detail}）</translation>
    </message>
    <message>
      <source>model folder not found: {folder}</source>
      <translation>找不到模型文件夹：{folder}</translation>
    </message>
    <message>
      <source>file name is not valid UTF-8</source>
      <translation>文件名不是有效的 UTF-8</translation>
    </message>
    <message>
      <source>not found (an unplugged drive or a network share that is not connected?)</source>
      <translation>找不到（可能是驱动器已拔出，或网络共享未连接）</translation>
    </message>
    <message>
      <source>cannot be read ({detail})</source>
      <translation>无法读取（{detail}）</translation>
    </message>
    <message>
      <source>empty, though photos were indexed there (a drive that is not mounted?)</source>
      <translation>为空，但此前已在此索引过照片（驱动器可能未挂载）</translation>
    </message>
    <message>
      <source>holding other photos than the ones indexed there (a different drive?)</source>
      <translation>其中的照片与此前索引的不同（可能是另一个驱动器）</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <source>Something went wrong: {error}

PhotoSeek keeps running, but may not behave as expected. The details are in the log file:
{log}</source>
      <translation>出现问题：{error}

PhotoSeek 会继续运行，但可能无法正常工作。详细信息已记录在日志文件中：
{log}</translation>
    </message>
    <message>
      <source>PhotoSeek: unexpected error</source>
      <translation>PhotoSeek：意外错误</translation>
    </message>
  </context>
  <context>
    <name>emptystate</name>
    <message>
      <source>Add your photos</source>
      <translation>添加您的照片</translation>
    </message>
    <message>
      <source>PhotoSeek searches the photos in folders you choose. It indexes them on this computer and keeps watching them for new photos.</source>
      <translation>PhotoSeek 会在您选择的文件夹中搜索照片。它在此电脑上为照片建立索引，并持续监视这些文件夹中的新照片。</translation>
    </message>
    <message>
      <source>Add a folder…</source>
      <translation>添加文件夹…</translation>
    </message>
    <message>
      <source>Indexing your photos…</source>
      <translation>正在为您的照片建立索引…</translation>
    </message>
    <message>
      <source>You can search as soon as the first photos are indexed; progress is shown below.</source>
      <translation>第一批照片索引完成后即可开始搜索；进度显示在下方。</translation>
    </message>
    <message numerus="yes">
      <source>Your %Ln library folder(s) (holds|hold) no photos PhotoSeek can read ({types}), or all of them are excluded in Settings.</source>
      <translation>
        <numerusform>您的 %Ln 个图库文件夹中没有 PhotoSeek 可读取的照片（{types}），或者这些照片都已在设置中被排除。</numerusform>
      </translation>
    </message>
    <message>
      <source>No photos found</source>
      <translation>未找到照片</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <source>“{example}”</source>
      <translation>“{example}”</translation>
    </message>
    <message numerus="yes">
      <source>Search %Ln photo(s)</source>
      <translation>
        <numerusform>搜索 %Ln 张照片</numerusform>
      </translation>
    </message>
    <message>
      <source>Describe what you are looking for in your own words, or drop a photo on this window to find similar ones. For example:</source>
      <translation>用您自己的话描述想找的内容，或将照片拖放到此窗口以查找相似的照片。例如：</translation>
    </message>
    <message numerus="yes">
      <source>No indexed photo matches “{query}”. %Ln photo(s) (comes|come) close without matching. Try other words, or drop a photo here to find similar ones.</source>
      <translation>
        <numerusform>没有已索引的照片与“{query}”匹配，有 %Ln 张照片比较接近但未达到匹配标准。请换个说法试试，或将照片拖放到这里以查找相似的照片。</numerusform>
      </translation>
    </message>
    <message>
      <source>No indexed photo matches “{query}”. Try other words, or drop a photo here to find similar ones.</source>
      <translation>没有已索引的照片与“{query}”匹配。请换个说法试试，或将照片拖放到这里以查找相似的照片。</translation>
    </message>
    <message>
      <source>Remove all filters</source>
      <translation>移除所有筛选条件</translation>
    </message>
    <message>
      <source>Nothing found</source>
      <translation>未找到任何结果</translation>
    </message>
    <message>
      <source>Clear search</source>
      <translation>清除搜索</translation>
    </message>
    <message>
      <source>No indexed photo matches “{query}” with the filters under the search box. Remove a filter (click it), or all of them.</source>
      <translation>在搜索框下方的筛选条件下，没有已索引的照片与“{query}”匹配。请移除某个筛选条件（单击即可），或移除全部筛选条件。</translation>
    </message>
    <message>
      <source>No indexed photo passes the filters under the search box. Remove a filter (click it), or all of them.</source>
      <translation>没有已索引的照片符合搜索框下方的筛选条件。请移除某个筛选条件（单击即可），或移除全部筛选条件。</translation>
    </message>
    <message>
      <source>No photos with these filters</source>
      <translation>没有符合这些筛选条件的照片</translation>
    </message>
    <message>
      <source>Try the download again</source>
      <translation>重新下载</translation>
    </message>
    <message>
      <source>Choose model folder/file…</source>
      <translation>选择模型文件夹/文件…</translation>
    </message>
    <message>
      <source>PhotoSeek needs a CLIP model to understand photos and queries. It downloads one the first time and then works offline. Without a network, copy an open_clip model folder to this computer and choose it here.</source>
      <translation>PhotoSeek 需要 CLIP 模型来理解照片和查询内容。首次使用时会下载模型，之后即可离线使用。如果没有网络，请将 open_clip 模型文件夹复制到此电脑，然后在这里选择它。</translation>
    </message>
    <message>
      <source>The search model is not available</source>
      <translation>搜索模型不可用</translation>
    </message>
    <message>
      <source>Loading the search model…</source>
      <translation>正在加载搜索模型…</translation>
    </message>
    <message>
      <source>Model: {model}</source>
      <translation>模型：{model}</translation>
    </message>
    <message>
      <source>Close the other program, then try again.</source>
      <translation>请关闭另一个程序，然后重试。</translation>
    </message>
    <message>
      <source>Check the connection or the server, then try again.</source>
      <translation>请检查网络连接或服务器，然后重试。</translation>
    </message>
    <message>
      <source>The photo index cannot be opened</source>
      <translation>无法打开照片索引</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>重试</translation>
    </message>
    <message>
      <source>Rebuilding re-creates the index from your library folders: your photos are not touched, but every photo is read again, which takes a while.</source>
      <translation>重建会根据您的图库文件夹重新创建索引：您的照片不会被改动，但每张照片都需要重新读取，这需要一些时间。</translation>
    </message>
    <message>
      <source>The photo index is damaged</source>
      <translation>照片索引已损坏</translation>
    </message>
    <message>
      <source>Rebuild the index</source>
      <translation>重建索引</translation>
    </message>
    <message>
      <source>Resetting restores the last good copy of the settings (your folders and model); your photos and the index are not touched.</source>
      <translation>重置会恢复最近一次完好的设置副本（您的文件夹和模型）；您的照片和索引不会被改动。</translation>
    </message>
    <message>
      <source>The library settings are damaged</source>
      <translation>图库设置已损坏</translation>
    </message>
    <message>
      <source>Reset the settings</source>
      <translation>重置设置</translation>
    </message>
    <message>
      <source>{model} (downloading)</source>
      <translation>{model}（正在下载）</translation>
    </message>
  </context>
  <context>
    <name>examples</name>
    <message>
      <source>a dog on the beach</source>
      <translation>海滩上的狗</translation>
    </message>
    <message>
      <source>birthday cake</source>
      <translation>生日蛋糕</translation>
    </message>
    <message>
      <source>snow in the mountains</source>
      <translation>山上的雪</translation>
    </message>
  </context>
  <context>
    <name>filterbar</name>
    <message>
      <source>Best match first</source>
      <translation>最佳匹配优先</translation>
    </message>
    <message>
      <source>Newest first</source>
      <translation>最新优先</translation>
    </message>
    <message>
      <source>Oldest first</source>
      <translation>最早优先</translation>
    </message>
    <message>
      <source>Camera not known</source>
      <translation>未知相机</translation>
    </message>
    <message>
      <source>{first} – {last}</source>
      <translation>{first} 至 {last}</translation>
    </message>
    <message>
      <source>From {date}</source>
      <translation>{date} 起</translation>
    </message>
    <message>
      <source>Until {date}</source>
      <translation>截至 {date}</translation>
    </message>
  </context>
  <context>
    <name>modelchoice</name>
    <message>
      <source>605 MB</source>
      <translation>605 MB</translation>
    </message>
    <message>
      <source>The default: the fastest indexing on a CPU, good accuracy (finds the right photo first 67 % / 39 % of the time on Flickr30k / COCO).</source>
      <translation>默认模型：在 CPU 上索引速度最快，准确度良好（在 Flickr30k / COCO 上，首个结果即为正确照片的比例为 67% / 39%）。</translation>
    </message>
    <message>
      <source>About as accurate as the default (65 % / 40 %) and a little slower to index (256 px input: about 20 % more time per photo); the model rclip uses.</source>
      <translation>准确度与默认模型相当（65% / 40%），索引稍慢（输入尺寸 256 px：每张照片耗时约多 20%）；rclip 使用的就是此模型。</translation>
    </message>
    <message>
      <source>The original CLIP: as fast as the default, less accurate (59 % / 30 %).</source>
      <translation>原版 CLIP：速度与默认模型相同，准确度较低（59% / 30%）。</translation>
    </message>
    <message>
      <source>599 MB</source>
      <translation>599 MB</translation>
    </message>
    <message>
      <source>Better at small details (70 % / 42 %); indexing takes 3–5× longer than the default.</source>
      <translation>更擅长识别细节（70% / 42%）；索引耗时是默认模型的 3–5 倍。</translation>
    </message>
    <message>
      <source>Multilingual CLIP ViT-B/32</source>
      <translation>多语言 CLIP ViT-B/32</translation>
    </message>
    <message>
      <source>1.5 GB</source>
      <translation>1.5 GB</translation>
    </message>
    <message>
      <source>Understands queries in about 100 languages, Chinese and Japanese among them; indexes as fast as the default (the same image model), slower queries, a little less accurate in English (64 % / 38 %).</source>
      <translation>能理解约 100 种语言的查询，包括中文和日语；索引速度与默认模型相同（图像模型相同），查询较慢，英语查询的准确度略低（64% / 38%）。</translation>
    </message>
    <message>
      <source>Multilingual and the most accurate here in English, German and French (COCO 52 %); indexing takes 3–6× longer than the default, queries about 5× longer.</source>
      <translation>支持多种语言，在英语、德语和法语中是这里最准确的模型（COCO 52%）；索引时间是默认模型的 3–6 倍，查询约 5 倍。</translation>
    </message>
    <message>
      <source>1.7 GB</source>
      <translation>1.7 GB</translation>
    </message>
    <message>
      <source>Among the most accurate (76 % / 47 %); 10–20× slower to index — best with a GPU.</source>
      <translation>准确度名列前茅（76% / 47%）；索引速度慢 10–20 倍，最好配合 GPU 使用。</translation>
    </message>
    <message>
      <source>Multilingual CLIP ViT-H/14</source>
      <translation>多语言 CLIP ViT-H/14</translation>
    </message>
    <message>
      <source>4.8 GB</source>
      <translation>4.8 GB</translation>
    </message>
    <message>
      <source>The best published quality in Chinese and Japanese, as good as the best in English, German and French; a very large image model: indexing takes over 20× longer than the default — best with a GPU.</source>
      <translation>在中文和日语中公开结果最好，在英语、德语和法语中也与最好的模型相当；图像模型非常大：索引时间是默认模型的 20 倍以上，最好配合 GPU 使用。</translation>
    </message>
    <message>
      <source>Which languages this model understands is not known; most CLIP models understand only English.</source>
      <translation>不清楚此模型能理解哪些语言；大多数 CLIP 模型只能理解英语。</translation>
    </message>
    <message>
      <source>Queries in English only.</source>
      <translation>仅支持英语查询。</translation>
    </message>
    <message>
      <source>Good for queries in {languages}.</source>
      <translation>适合使用{languages}查询。</translation>
    </message>
    <message>
      <source>Weaker in {languages}.</source>
      <translation>{languages}的效果较弱。</translation>
    </message>
    <message>
      <source>For queries in {language}, choose {model}.</source>
      <translation>要使用{language}查询，请选择 {model}。</translation>
    </message>
    <message>
      <source>Choose a model: open_clip_config.json or a weights file</source>
      <translation>选择模型：open_clip_config.json 或权重文件</translation>
    </message>
    <message>
      <source>Model files ({patterns});;All files (*)</source>
      <translation>模型文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
      <source>Which architecture are the weights in {file} for?</source>
      <translation>{file} 中的权重适用于哪种架构？</translation>
    </message>
    <message>
      <source>Model architecture</source>
      <translation>模型架构</translation>
    </message>
  </context>
  <context>
    <name>openwith</name>
    <message>
      <source>{application} cannot be started (its command is not readable)</source>
      <translation>无法启动 {application}（无法读取其启动命令）</translation>
    </message>
    <message>
      <source>{application} did not start: {reason}</source>
      <translation>{application} 未能启动：{reason}</translation>
    </message>
    <message>
      <source>the Open with dialog did not show: {reason}</source>
      <translation>未能显示“打开方式”对话框：{reason}</translation>
    </message>
  </context>
  <context>
    <name>preview</name>
    <message>
      <source>unknown (file modified {time})</source>
      <translation>未知（文件修改于 {time}）</translation>
    </message>
    <message>
      <source>{size} bytes</source>
      <translation>{size} 字节</translation>
    </message>
    <message>
      <source>{size} KB</source>
      <translation>{size} KB</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <translation>{size} MB</translation>
    </message>
    <message>
      <source>{size} GB</source>
      <translation>{size} GB</translation>
    </message>
  </context>
  <context>
    <name>settingsdialog</name>
    <message numerus="yes">
      <source>%Ln photo(s)</source>
      <translation>
        <numerusform>%Ln 张照片</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln unreadable</source>
      <translation>
        <numerusform>%Ln 个无法读取</numerusform>
      </translation>
    </message>
    <message>
      <source>offline: its photos are kept</source>
      <translation>离线：其中的照片仍会保留</translation>
    </message>
    <message>
      <source>indexing…</source>
      <translation>正在索引…</translation>
    </message>
  </context>
  <context>
    <name>statusbar</name>
    <message>
      <source>Looking for photos · {done} found</source>
      <translation>正在查找照片 · 已找到 {done} 张</translation>
    </message>
    <message>
      <source>Paused: looking for photos · {done} found</source>
      <translation>已暂停：查找照片 · 已找到 {done} 张</translation>
    </message>
    <message>
      <source>Reading the index · {done} read</source>
      <translation>正在读取索引 · 已读取 {done}</translation>
    </message>
    <message>
      <source>Paused: reading the index · {done} read</source>
      <translation>已暂停：读取索引 · 已读取 {done}</translation>
    </message>
    <message>
      <source>Matching moved and copied photos · {done} checked</source>
      <translation>正在匹配移动和复制的照片 · 已检查 {done}</translation>
    </message>
    <message>
      <source>Paused: matching moved and copied photos · {done} checked</source>
      <translation>已暂停：匹配移动和复制的照片 · 已检查 {done}</translation>
    </message>
    <message>
      <source>Upgrading the index (once, after an update) · {done} copied</source>
      <translation>正在升级索引（更新后仅需一次）· 已复制 {done}</translation>
    </message>
    <message>
      <source>Paused: upgrading the index (once, after an update) · {done} copied</source>
      <translation>已暂停：升级索引（更新后仅需一次）· 已复制 {done}</translation>
    </message>
    <message>
      <source>Paused at {done}</source>
      <translation>已暂停于 {done}</translation>
    </message>
    <message>
      <source>Switching models {done}</source>
      <translation>正在切换模型 {done}</translation>
    </message>
    <message>
      <source>Indexing {done}</source>
      <translation>正在索引 {done}</translation>
    </message>
    <message>
      <source> · {rate} images/s</source>
      <translation> · {rate} 张/秒</translation>
    </message>
    <message>
      <source> · about {time} left</source>
      <translation> · 剩余约 {time}</translation>
    </message>
    <message numerus="yes">
      <source>Watching %Ln folder(s) for changes</source>
      <translation>
        <numerusform>正在监视 %Ln 个文件夹的变化</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Checking %Ln folder(s) every few seconds (the system's watch limit is reached)</source>
      <translation>
        <numerusform>每隔几秒检查一次 %Ln 个文件夹（已达到系统的监视数量上限）</numerusform>
      </translation>
    </message>
    <message>
      <source>Not watching folders</source>
      <translation>未监视文件夹</translation>
    </message>
    <message numerus="yes">
      <source>%Ln folder(s) offline</source>
      <translation>
        <numerusform>%Ln 个文件夹离线</numerusform>
      </translation>
    </message>
  </context>
</TS>
