<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>CrashReporter</name>
    <message numerus="yes">
      <source>%Ln more unexpected error(s) since; all are in the log.</source>
      <translation>
        <numerusform>その後、予期しないエラーがさらに%Ln件発生しました。すべてログに記録されています。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DateRangeDialog</name>
    <message>
      <source>Photos taken between</source>
      <translation>撮影期間</translation>
    </message>
    <message>
      <source>From</source>
      <translation>開始日</translation>
    </message>
    <message>
      <source>From this day (included)</source>
      <translation>この日から（この日を含む）</translation>
    </message>
    <message>
      <source>To</source>
      <translation>終了日</translation>
    </message>
    <message>
      <source>To this day (included)</source>
      <translation>この日まで（この日を含む）</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>開始日:</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>終了日:</translation>
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
      <translation>読み込めなかったファイルとその理由</translation>
    </message>
    <message numerus="yes">
      <source>%Ln file(s) could not be read</source>
      <translation>
        <numerusform>%Ln件のファイルを読み込めませんでした</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FailuresDialog</name>
    <message>
      <source>Files that could not be read</source>
      <translation>読み込めなかったファイル</translation>
    </message>
    <message>
      <source>PhotoSeek skips these files. It tries again when a file changes, for example after you repair or re-export it.</source>
      <translation>PhotoSeekはこれらのファイルをスキップします。ファイルが変更されると（修復や再書き出しをした場合など）、もう一度読み込みを試みます。</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Copy list</source>
      <translation>リストをコピー</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>Filter</source>
      <translation>フィルタ</translation>
    </message>
    <message>
      <source>Add a filter</source>
      <translation>フィルタを追加</translation>
    </message>
    <message>
      <source>Only photos in a folder, taken in a date range, of a file type or by a camera</source>
      <translation>フォルダ、撮影期間、ファイルの種類、カメラで写真を絞り込みます</translation>
    </message>
    <message>
      <source>Only photos in a folder, from a date range, of a file type or by a camera</source>
      <translation>フォルダ、期間、ファイルの種類、カメラで写真を絞り込みます</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>並び順</translation>
    </message>
    <message>
      <source>How the photos in the grid are ordered</source>
      <translation>グリッド内の写真の並び順</translation>
    </message>
    <message>
      <source>Group bursts</source>
      <translation>連写をまとめる</translation>
    </message>
    <message>
      <source>Show each burst of near-identical shots as one photo</source>
      <translation>ほぼ同じショットが続く連写を1枚の写真としてまとめて表示します</translation>
    </message>
    <message>
      <source>Show each burst of near-identical shots (taken seconds apart, in one folder) as one photo, with how many shots it holds</source>
      <translation>数秒以内に同じフォルダで撮影された、ほぼ同じショットが続く連写を1枚の写真としてまとめ、含まれるショットの数を表示します</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>フォルダ</translation>
    </message>
    <message>
      <source>Choose a folder…</source>
      <translation>フォルダを選択…</translation>
    </message>
    <message>
      <source>Date…</source>
      <translation>日付…</translation>
    </message>
    <message>
      <source>File type</source>
      <translation>ファイルの種類</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation>カメラ</translation>
    </message>
    <message>
      <source>{camera} ({photos})</source>
      <translation>{camera}（{photos}）</translation>
    </message>
    <message>
      <source>No camera known yet</source>
      <translation>カメラ情報はまだありません</translation>
    </message>
    <message>
      <source>Only photos in this folder</source>
      <translation>このフォルダの写真のみ</translation>
    </message>
    <message>
      <source>In {folder}</source>
      <translation>{folder}内</translation>
    </message>
    <message>
      <source>Taken (or, without a date taken, changed) in this range</source>
      <translation>この期間に撮影された写真（撮影日がない場合は変更日）</translation>
    </message>
    <message>
      <source>Only {type} files</source>
      <translation>{type}ファイルのみ</translation>
    </message>
    <message>
      <source>Only photos taken with this camera</source>
      <translation>このカメラで撮影された写真のみ</translation>
    </message>
    <message>
      <source>Only photos that do not say which camera took them</source>
      <translation>撮影したカメラの情報がない写真のみ</translation>
    </message>
    <message>
      <source>{filter}
Click to remove this filter</source>
      <translation>{filter}
クリックするとこのフィルタを解除します</translation>
    </message>
    <message>
      <source>Filter: {filter}</source>
      <translation>フィルタ: {filter}</translation>
    </message>
    <message>
      <source>Activate to remove this filter</source>
      <translation>実行するとこのフィルタを解除します</translation>
    </message>
  </context>
  <context>
    <name>FolderPanel</name>
    <message>
      <source>Folders</source>
      <translation>フォルダ</translation>
    </message>
    <message>
      <source>Choose a folder to see only its photos, or All photos</source>
      <translation>フォルダを選ぶとその写真だけを表示します。「すべての写真」を選ぶとすべて表示します</translation>
    </message>
    <message>
      <source>All photos</source>
      <translation>すべての写真</translation>
    </message>
    <message>
      <source>{folder} (offline)</source>
      <translation>{folder}（オフライン）</translation>
    </message>
    <message>
      <source>{folder} is {reason}; its photos are kept</source>
      <translation>{folder}：{reason}（写真はそのまま保持されます）</translation>
    </message>
  </context>
  <context>
    <name>Handoff</name>
    <message>
      <source>Nothing on this computer opens {photo}: set a default app for this kind of file</source>
      <translation>このコンピュータには「{photo}」を開けるアプリがありません。この種類のファイルのデフォルトのアプリを設定してください</translation>
    </message>
    <message>
      <source>Open with this application</source>
      <translation>このアプリケーションで開く</translation>
    </message>
    <message>
      <source>No file manager could show {folder}</source>
      <translation>「{folder}」を表示できるファイルマネージャがありません</translation>
    </message>
    <message>
      <source>{photo} is on {folder}, which is not available now</source>
      <translation>「{photo}」は「{folder}」にありますが、現在利用できません</translation>
    </message>
    <message>
      <source>{photo} is not there any more (moved or deleted?)</source>
      <translation>「{photo}」が見つかりません（移動または削除された可能性があります）</translation>
    </message>
  </context>
  <context>
    <name>IndexProgress</name>
    <message>
      <source>Indexing progress</source>
      <translation>インデックス作成の進行状況</translation>
    </message>
    <message>
      <source>Photos indexed so far (a moving bar: counting what there is to do)</source>
      <translation>これまでにインデックスを作成した写真（バーが往復している間は、処理する写真を数えています）</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>一時停止</translation>
    </message>
    <message>
      <source>Pause indexing; search keeps working</source>
      <translation>インデックス作成を一時停止します。検索は引き続き使えます</translation>
    </message>
    <message>
      <source>Re-indexing with the new model; until it is done, search uses the previous model's complete index.</source>
      <translation>新しいモデルでインデックスを再作成しています。完了するまでは、以前のモデルの完全なインデックスで検索します。</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>再開</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%Ln added</source>
      <translation>
        <numerusform>%Ln件追加</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln copied</source>
      <translation>
        <numerusform>%Ln件コピー</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln updated</source>
      <translation>
        <numerusform>%Ln件更新</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln moved</source>
      <translation>
        <numerusform>%Ln件移動</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln removed</source>
      <translation>
        <numerusform>%Ln件削除</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln failed</source>
      <translation>
        <numerusform>%Ln件失敗</numerusform>
      </translation>
    </message>
    <message>
      <source> in {time} ms</source>
      <translation>（{time} ms）</translation>
    </message>
    <message>
      <source>MMMM yyyy</source>
      <comment>a month heading, as QLocale's date format (Japanese: yyyy年M月)</comment>
      <translation>yyyy年M月</translation>
    </message>
    <message>
      <source>Looks like {photo}</source>
      <translation>「{photo}」に似た写真</translation>
    </message>
    <message numerus="yes">
      <source>%Ln photo(s)</source>
      <translation>
        <numerusform>%Ln枚の写真</numerusform>
      </translation>
    </message>
    <message>
      <source>, </source>
      <comment>between the counts of an index update</comment>
      <translation>、</translation>
    </message>
    <message>
      <source>Index updated: {changes}</source>
      <translation>インデックスを更新しました（{changes}）</translation>
    </message>
    <message>
      <source>Add a folder of photos</source>
      <translation>写真のフォルダを追加</translation>
    </message>
    <message>
      <source>The new language shows the next time PhotoSeek starts</source>
      <translation>新しい言語は PhotoSeek の次回起動時に反映されます</translation>
    </message>
  </context>
  <context>
    <name>ModelDownload</name>
    <message>
      <source>The download was cancelled. PhotoSeek needs the model to search; download it later, or choose a model that is already on this computer.</source>
      <translation>ダウンロードはキャンセルされました。PhotoSeekで検索するにはモデルが必要です。あとでダウンロードするか、このコンピュータにすでにあるモデルを選択してください。</translation>
    </message>
    <message>
      <source>The model could not be downloaded: {error}</source>
      <translation>モデルをダウンロードできませんでした：{error}</translation>
    </message>
  </context>
  <context>
    <name>ModelDownloadDialog</name>
    <message>
      <source>Downloading the search model</source>
      <translation>検索モデルをダウンロード中</translation>
    </message>
    <message>
      <source>PhotoSeek is downloading its search model {model} ({size}).
This happens once; afterwards PhotoSeek works offline.</source>
      <translation>PhotoSeekは検索モデル{model}（{size}）をダウンロードしています。
ダウンロードは初回のみで、その後はオフラインで動作します。</translation>
    </message>
    <message>
      <source>PhotoSeek is downloading its search model {model}.
This happens once; afterwards PhotoSeek works offline.</source>
      <translation>PhotoSeekは検索モデル{model}をダウンロードしています。
ダウンロードは初回のみで、その後はオフラインで動作します。</translation>
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
      <translation>{language}で検索しますか？</translation>
    </message>
    <message>
      <source>PhotoSeek's default search model understands only English queries. To search your photos in {language}, use {model} ({size} download).</source>
      <translation>PhotoSeekのデフォルトの検索モデルは英語の検索語しか理解できません。{language}で写真を検索するには、{model}（ダウンロード {size}）を使用してください。</translation>
    </message>
    <message>
      <source>Use {model}</source>
      <translation>{model}を使用</translation>
    </message>
    <message>
      <source>Keep the English model</source>
      <translation>英語モデルのままにする</translation>
    </message>
  </context>
  <context>
    <name>NewMatchesBar</name>
    <message>
      <source>Show the results again in order of relevance, the new matches with them</source>
      <translation>新しい一致を含めて、結果を関連度順に表示し直します</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>表示</translation>
    </message>
    <message numerus="yes">
      <source>%Ln new match(es) since this search</source>
      <translation>
        <numerusform>この検索以降、新しい一致が%Ln件あります</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PhotoActions</name>
    <message>
      <source>Copied {photo}</source>
      <translation>「{photo}」をコピーしました</translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln photo(s)</source>
      <translation>
        <numerusform>%Ln枚の写真をコピーしました</numerusform>
      </translation>
    </message>
    <message>
      <source>Copied the picture {photo}</source>
      <translation>「{photo}」の画像をコピーしました</translation>
    </message>
    <message>
      <source>{photo} cannot be copied as a picture; Copy gives the file</source>
      <translation>「{photo}」は画像としてコピーできません。「コピー」ではファイルとしてコピーされます</translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s) to</source>
      <translation>
        <numerusform>%Ln枚の写真のコピー先</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copying %Ln photo(s) to {folder}…</source>
      <translation>
        <numerusform>%Ln枚の写真を「{folder}」にコピーしています…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln photo(s) to {folder}</source>
      <translation>
        <numerusform>%Ln枚の写真を「{folder}」にコピーしました</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{copied}; %Ln photo(s) could not be copied ({photo}: {why})</source>
      <translation>
        <numerusform>{copied}。%Ln枚の写真はコピーできませんでした（{photo}：{why}）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln photo(s) to the Trash?

You can restore them from the Trash.</source>
      <translation>
        <numerusform>%Ln枚の写真をゴミ箱に移動しますか？

ゴミ箱から元に戻すことができます。</numerusform>
      </translation>
    </message>
    <message>
      <source>Move {photo} to the Trash?

You can restore them from the Trash.</source>
      <translation>「{photo}」をゴミ箱に移動しますか？

ゴミ箱から元に戻すことができます。</translation>
    </message>
    <message>
      <source>Move to Trash</source>
      <translation>ゴミ箱に移動</translation>
    </message>
    <message numerus="yes">
      <source>Moved %Ln photo(s) to the Trash</source>
      <translation>
        <numerusform>%Ln枚の写真をゴミ箱に移動しました</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{moved}; %Ln photo(s) could not be moved ({photo})</source>
      <translation>
        <numerusform>{moved}。%Ln枚の写真は移動できませんでした（{photo}）</numerusform>
      </translation>
    </message>
    <message>
      <source>Put them back where they were</source>
      <translation>元の場所に戻します</translation>
    </message>
    <message numerus="yes">
      <source>Put back %Ln photo(s)</source>
      <translation>
        <numerusform>%Ln枚の写真を元に戻しました</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{put_back}; %Ln photo(s) stayed in the Trash ({photo}: {why})</source>
      <translation>
        <numerusform>{put_back}。%Ln枚の写真はゴミ箱に残っています（{photo}：{why}）</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>Loading…</source>
      <translation>読み込み中…</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>名前:</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>フォルダ:</translation>
    </message>
    <message>
      <source>Taken:</source>
      <translation>撮影日時:</translation>
    </message>
    <message>
      <source>Camera:</source>
      <translation>カメラ:</translation>
    </message>
    <message>
      <source>Exposure:</source>
      <translation>露出:</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>撮影場所:</translation>
    </message>
    <message>
      <source>Dimensions:</source>
      <translation>画像サイズ:</translation>
    </message>
    <message>
      <source>Size:</source>
      <translation>ファイルサイズ:</translation>
    </message>
    <message>
      <source>Match:</source>
      <translation>一致度:</translation>
    </message>
    <message>
      <source>Previous result</source>
      <translation>前の結果</translation>
    </message>
    <message>
      <source>Previous result (arrow keys)</source>
      <translation>前の結果（矢印キー）</translation>
    </message>
    <message>
      <source>Next result</source>
      <translation>次の結果</translation>
    </message>
    <message>
      <source>Next result (arrow keys)</source>
      <translation>次の結果（矢印キー）</translation>
    </message>
    <message>
      <source>100 %</source>
      <translation>100%</translation>
    </message>
    <message>
      <source>Actual size</source>
      <translation>実際のサイズ</translation>
    </message>
    <message>
      <source>Show the photo at its actual size, or fitted to the window (Z)</source>
      <translation>写真を実際のサイズで表示するか、ウィンドウに合わせて表示します（Z）</translation>
    </message>
    <message>
      <source>{score} (cosine similarity to the query): a match</source>
      <translation>{score}（クエリとのコサイン類似度）：一致</translation>
    </message>
    <message>
      <source>{score} (cosine similarity to the query): a weaker match, below the cutoff</source>
      <translation>{score}（クエリとのコサイン類似度）：しきい値を下回る、関連度の低い一致</translation>
    </message>
    <message>
      <source>{width} × {height} pixels</source>
      <translation>{width} × {height} ピクセル</translation>
    </message>
    <message>
      <source>Cannot show this photo: {reason}</source>
      <translation>この写真を表示できません：{reason}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>全体表示</translation>
    </message>
    <message>
      <source>Fit to the window</source>
      <translation>ウィンドウに合わせる</translation>
    </message>
  </context>
  <context>
    <name>PreviewLoader</name>
    <message>
      <source>cannot read file ({reason})</source>
      <translation>ファイルを読み込めません（{reason}）</translation>
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <source> · match {score} (a weaker match)</source>
      <translation> · 一致度 {score}（関連度の低い一致）</translation>
    </message>
    <message>
      <source> · match {score}</source>
      <translation> · 一致度 {score}</translation>
    </message>
    <message>
      <source>Offline: its folder is not available now (an unplugged drive?)</source>
      <translation>オフライン：フォルダが現在利用できません（ドライブが取り外されている可能性があります）</translation>
    </message>
    <message>
      <source>Identical copy:</source>
      <translation>同一のコピー:</translation>
    </message>
    <message>
      <source>Identical copies:</source>
      <translation>同一のコピー:</translation>
    </message>
    <message numerus="yes">
      <source>One of a burst of %Ln shot(s); the others:</source>
      <translation>
        <numerusform>%Ln枚の連写のうちの1枚です。ほかのショット:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <source>Photos</source>
      <translation>写真</translation>
    </message>
    <message>
      <source>Your library, newest first, or the photos a search found: arrows move, Enter opens, Space previews, the menu key offers more</source>
      <translation>ライブラリ（新しい順）または検索で見つかった写真。矢印キーで移動、Enterで開く、Spaceでプレビュー、メニューキーでその他の操作</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>開く</translation>
    </message>
    <message>
      <source>Open in your usual viewer (Enter)</source>
      <translation>いつものビューアで開きます（Enter）</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>フォルダに表示</translation>
    </message>
    <message>
      <source>Show it in the file manager</source>
      <translation>ファイルマネージャで表示します</translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s)</source>
      <translation>
        <numerusform>%Ln枚の写真をコピー</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>コピー</translation>
    </message>
    <message>
      <source>To paste as files in a file manager, or as paths in text</source>
      <translation>ファイルマネージャにはファイルとして、テキストにはパスとして貼り付けられます</translation>
    </message>
    <message>
      <source>Copy image</source>
      <translation>画像をコピー</translation>
    </message>
    <message>
      <source>The picture itself, to paste it</source>
      <translation>画像そのものをコピーして貼り付けられるようにします</translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s) to folder…</source>
      <translation>
        <numerusform>%Ln枚の写真をフォルダにコピー…</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy to folder…</source>
      <translation>フォルダにコピー…</translation>
    </message>
    <message>
      <source>Copies; nothing is overwritten</source>
      <translation>コピーを作成します。既存のファイルは上書きされません</translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln photo(s) to Trash…</source>
      <translation>
        <numerusform>%Ln枚の写真をゴミ箱に移動…</numerusform>
      </translation>
    </message>
    <message>
      <source>Move to Trash…</source>
      <translation>ゴミ箱に移動…</translation>
    </message>
    <message>
      <source>The system's trash, with Undo</source>
      <translation>システムのゴミ箱に移動します（取り消し可能）</translation>
    </message>
    <message>
      <source>Find similar</source>
      <translation>似た写真を検索</translation>
    </message>
    <message>
      <source>Photos that look like this one</source>
      <translation>この写真に似た写真</translation>
    </message>
    <message>
      <source>Search in this folder</source>
      <translation>このフォルダ内を検索</translation>
    </message>
    <message>
      <source>Only photos in this photo's folder (and its subfolders), until you remove the filter</source>
      <translation>フィルタを解除するまで、この写真のフォルダ（とそのサブフォルダ）内の写真のみを表示します</translation>
    </message>
    <message>
      <source>Open with…</source>
      <translation>アプリケーションで開く…</translation>
    </message>
    <message>
      <source>Open with</source>
      <translation>アプリケーションで開く</translation>
    </message>
    <message>
      <source>Other application…</source>
      <translation>その他のアプリケーション…</translation>
    </message>
  </context>
  <context>
    <name>SearchBar</name>
    <message>
      <source>Describe a photo, e.g. “a red bicycle” — or drop a photo here</source>
      <translation>写真の内容を入力（例：「赤い自転車」）、または写真をここにドロップ</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>検索</translation>
    </message>
    <message>
      <source>Describe the photos to find; Down moves into the results, Esc clears</source>
      <translation>探したい写真の内容を入力します。下矢印キーで結果に移動、Escでクリア</translation>
    </message>
    <message>
      <source>Clear the search</source>
      <translation>検索をクリア</translation>
    </message>
    <message>
      <source>Clear the search (Esc)</source>
      <translation>検索をクリア（Esc）</translation>
    </message>
    <message>
      <source>Stop searching by this photo</source>
      <translation>この写真での検索を終了</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>設定…</translation>
    </message>
    <message>
      <source>Library folders, excluded folders, model and threads (Ctrl+,)</source>
      <translation>ライブラリのフォルダ、除外するフォルダ、モデル、スレッド（Ctrl+,）</translation>
    </message>
    <message>
      <source>Example searches</source>
      <translation>検索の例</translation>
    </message>
    <message>
      <source>Searches to try: activate one to search for it</source>
      <translation>試せる検索語：選ぶとその語で検索します</translation>
    </message>
    <message>
      <source>Try: {examples}</source>
      <translation>例：{examples}</translation>
    </message>
    <message>
      <source>Photos like {photo}</source>
      <translation>「{photo}」に似た写真</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>PhotoSeek settings</source>
      <translation>PhotoSeekの設定</translation>
    </message>
    <message>
      <source>Library folders</source>
      <translation>ライブラリのフォルダ</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>追加…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Re-index now</source>
      <translation>今すぐインデックスを更新</translation>
    </message>
    <message>
      <source>Look through every folder again now for new, changed, moved and deleted photos (the window also does this on its own)</source>
      <translation>すべてのフォルダを今すぐ見直し、新しい写真や、変更・移動・削除された写真を探します（ウィンドウでも自動的に行われます）</translation>
    </message>
    <message>
      <source>Removing a folder removes its photos from the index; the files themselves stay.</source>
      <translation>フォルダを削除すると、その写真はインデックスから削除されます。ファイル自体は残ります。</translation>
    </message>
    <message>
      <source>Search model</source>
      <translation>検索モデル</translation>
    </message>
    <message>
      <source>{model} — downloaded</source>
      <translation>{model} — ダウンロード済み</translation>
    </message>
    <message>
      <source>{model} — {size} download</source>
      <translation>{model} — 要ダウンロード（{size}）</translation>
    </message>
    <message>
      <source>Choose model file…</source>
      <translation>モデルファイルを選択…</translation>
    </message>
    <message>
      <source>An open_clip_config.json, or a weights file (.safetensors, .pt)</source>
      <translation>open_clip_config.json、または重みファイル（.safetensors、.pt）</translation>
    </message>
    <message>
      <source>Choose model folder…</source>
      <translation>モデルフォルダを選択…</translation>
    </message>
    <message>
      <source>A folder with an open_clip model: open_clip_config.json and its weights</source>
      <translation>open_clipモデルを含むフォルダ（open_clip_config.jsonと重みファイル）</translation>
    </message>
    <message>
      <source>Indexing</source>
      <translation>インデックス作成</translation>
    </message>
    <message>
      <source>One pattern per line, e.g. *.gif or */Screenshots/*</source>
      <translation>1行に1つのパターン（例：*.gif、*/Screenshots/*）</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>自動</translation>
    </message>
    <message>
      <source>Leave out files matching:</source>
      <translation>除外するファイルのパターン:</translation>
    </message>
    <message>
      <source>CPU threads:</source>
      <translation>CPUスレッド数:</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>ウィンドウ</translation>
    </message>
    <message>
      <source>The system's language</source>
      <translation>システムの言語</translation>
    </message>
    <message>
      <source>The window's language, from the next start of PhotoSeek</source>
      <translation>ウィンドウの表示言語（PhotoSeek の次回起動時から）</translation>
    </message>
    <message>
      <source>Light or dark; by default as the system is set</source>
      <translation>ライトまたはダーク。デフォルトではシステムの設定に従います</translation>
    </message>
    <message>
      <source>Show weaker matches without asking</source>
      <translation>関連度の低い一致も常に表示</translation>
    </message>
    <message>
      <source>A search lists the photos below the relevance cutoff after its matches, instead of behind a “Show N weaker matches” row</source>
      <translation>検索結果で、関連度のしきい値を下回る写真を「関連度の低い一致をN件表示」の行に隠さず、一致に続けて表示します</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>言語:</translation>
    </message>
    <message>
      <source>Appearance:</source>
      <translation>外観:</translation>
    </message>
    <message>
      <source>Search results:</source>
      <translation>検索結果:</translation>
    </message>
    <message>
      <source>On this computer: {model}</source>
      <translation>このコンピュータ上のモデル：{model}</translation>
    </message>
    <message>
      <source>{folder} is {reason}</source>
      <translation>{folder}：{reason}</translation>
    </message>
    <message numerus="yes">
      <source>Remove {folder} from the library?

Its %Ln photo(s) (leaves|leave) the index when you press OK (the files themselves stay where they are); adding the folder again re-reads them.</source>
      <translation>
        <numerusform>「{folder}」をライブラリから削除しますか？

OKを押すと、このフォルダの%Ln枚の写真がインデックスから削除されます（ファイル自体はそのまま残ります）。フォルダをもう一度追加すると、写真が再度読み込まれます。</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove {folder} from the library?

Its photos leave the index when you press OK (the files themselves stay where they are); adding the folder again re-reads them.</source>
      <translation>「{folder}」をライブラリから削除しますか？

OKを押すと、このフォルダの写真がインデックスから削除されます（ファイル自体はそのまま残ります）。フォルダをもう一度追加すると、写真が再度読み込まれます。</translation>
    </message>
    <message>
      <source>Remove folder</source>
      <translation>フォルダを削除</translation>
    </message>
    <message>
      <source>Add a folder of photos</source>
      <translation>写真のフォルダを追加</translation>
    </message>
    <message>
      <source>Choose an open_clip model folder</source>
      <translation>open_clipモデルのフォルダを選択</translation>
    </message>
    <message>
      <source>{folder} holds no open_clip model (no open_clip_config.json in it)</source>
      <translation>「{folder}」にはopen_clipモデルがありません（open_clip_config.jsonが含まれていません）</translation>
    </message>
    <message>
      <source>A model on this computer.</source>
      <translation>このコンピュータ上のモデルです。</translation>
    </message>
    <message>
      <source>{model} Changing the model re-indexes every photo in the background; until that is done, search keeps using the current model's index.</source>
      <translation>{model}モデルを変更すると、すべての写真のインデックスがバックグラウンドで再作成されます。完了するまでは、現在のモデルのインデックスで検索します。</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <source>Thumbnail size (Ctrl + and Ctrl −)</source>
      <translation>サムネイルのサイズ（Ctrl + / Ctrl −）</translation>
    </message>
    <message>
      <source>Thumbnail size</source>
      <translation>サムネイルのサイズ</translation>
    </message>
  </context>
  <context>
    <name>ThumbnailDelegate</name>
    <message>
      <source>cannot show</source>
      <translation>表示できません</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>オフライン</translation>
    </message>
    <message numerus="yes">
      <source>+%Ln cop(y|ies)</source>
      <translation>
        <numerusform>コピー +%Ln</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln shot(s)</source>
      <translation>
        <numerusform>%Ln枚</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UndoBar</name>
    <message>
      <source>Undo</source>
      <translation>取り消す</translation>
    </message>
    <message>
      <source>Take the last action back</source>
      <translation>直前の操作を取り消します</translation>
    </message>
  </context>
  <context>
    <name>Worker</name>
    <message>
      <source>the search model {model} is not downloaded yet</source>
      <translation>検索モデル{model}はまだダウンロードされていません</translation>
    </message>
    <message numerus="yes">
      <source>removed {folder} from the library (%Ln photo(s) left the index)</source>
      <translation>
        <numerusform>「{folder}」をライブラリから削除しました（%Ln枚の写真をインデックスから削除）</numerusform>
      </translation>
    </message>
    <message>
      <source>internal error: {kind} (details in the log)</source>
      <translation>内部エラー：{kind}（詳細はログを参照してください）</translation>
    </message>
    <message>
      <source>internal error: {kind}: {error} (details in the log)</source>
      <translation>内部エラー：{kind}：{error}（詳細はログを参照してください）</translation>
    </message>
  </context>
  <context>
    <name>answer</name>
    <message numerus="yes">
      <source>%Ln weaker match(es)</source>
      <translation>
        <numerusform>関連度の低い一致（%Ln件）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln match(es)</source>
      <translation>
        <numerusform>%Ln件の一致</numerusform>
      </translation>
    </message>
    <message>
      <source>No matches</source>
      <translation>一致なし</translation>
    </message>
    <message numerus="yes">
      <source>%Ln match(es) and {weaker} weaker</source>
      <translation>
        <numerusform>%Ln件の一致（ほかに関連度の低いもの{weaker}件）</numerusform>
      </translation>
    </message>
    <message>
      <source>No matches and {weaker} weaker</source>
      <translation>一致なし（関連度の低いもの{weaker}件）</translation>
    </message>
    <message numerus="yes">
      <source>Show %Ln weaker match(es)</source>
      <translation>
        <numerusform>関連度の低い一致を%Ln件表示</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>PhotoSeek crashed last time; details in {log}</source>
      <translation>前回PhotoSeekがクラッシュしました。詳細：{log}</translation>
    </message>
  </context>
  <context>
    <name>appearance</name>
    <message>
      <source>Follow the system</source>
      <translation>システムに合わせる</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>ライト</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>ダーク</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>cannot read file ({detail})</source>
      <translation>ファイルを読み取れません（{detail}）</translation>
    </message>
    <message>
      <source>the decoder did not finish within {seconds} s (stopped)</source>
      <translation>デコーダーが{seconds}秒以内に終了しませんでした（停止しました）</translation>
    </message>
    <message>
      <source>the decoder crashed on this file ({detail})</source>
      <translation>このファイルでデコーダーがクラッシュしました（{detail}）</translation>
    </message>
    <message>
      <source>too large to decode within the memory allowed for one photo</source>
      <translation>1枚の写真に割り当てられたメモリ内でデコードするには大きすぎます</translation>
    </message>
    <message>
      <source>empty file (0 bytes)</source>
      <translation>空のファイル（0バイト）</translation>
    </message>
    <message>
      <source>too many pixels: refused as a possible decompression bomb</source>
      <translation>ピクセル数が多すぎます：解凍爆弾の可能性があるため拒否しました</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>アクセスが拒否されました</translation>
    </message>
    <message>
      <source>file disappeared while reading</source>
      <translation>読み取り中にファイルが消えました</translation>
    </message>
    <message>
      <source>not an image, or a format PhotoSeek cannot read</source>
      <translation>画像ではないか、PhotoSeekが読み取れない形式です</translation>
    </message>
    <message>
      <source>corrupt or truncated image ({detail})</source>
      <translation>破損しているか途中で切れた画像です（{detail}）</translation>
    </message>
    <message>
      <source>cannot decode ({kind}: {detail})</source>
      <translation>デコードできません（{kind}: {detail}）</translation>
    </message>
    <message>
      <source>cannot load model folder {folder}: {detail}</source>
      <translation>モデルフォルダー {folder} を読み込めません：{detail}</translation>
    </message>
    <message>
      <source>cannot load {file} as a {model} model: {detail}</source>
      <translation>{file} を {model} モデルとして読み込めません：{detail}</translation>
    </message>
    <message>
      <source>model {model} is not available: it is not in {cache} and could not be downloaded from the Hugging Face hub (offline?). Download it on a connected machine, or point PhotoSeek at a local copy with --model /path/to/model-folder (or PHOTOSEEK_MODEL)</source>
      <translation>モデル {model} を利用できません：{cache} になく、Hugging Face Hub からダウンロードすることもできませんでした（オフライン？）。インターネットに接続されたコンピューターでダウンロードするか、--model /path/to/model-folder（または PHOTOSEEK_MODEL）でローカルのコピーを指定してください。</translation>
    </message>
    <message>
      <source>The search model {model} could not be downloaded: {reason}. Try again when online, or choose a model folder or weights file that is already on this computer.</source>
      <translation>検索モデル {model} をダウンロードできませんでした：{reason}。オンラインのときにもう一度試すか、このコンピューターに既にあるモデルフォルダーまたは重みファイルを選んでください。</translation>
    </message>
    <message>
      <source>there is no connection to the Hugging Face hub (offline, or blocked by a proxy)</source>
      <translation>Hugging Face Hub に接続できません（オフラインか、プロキシーでブロックされています）</translation>
    </message>
    <message>
      <source>the download failed ({detail})</source>
      <translation>ダウンロードに失敗しました（{detail}）</translation>
    </message>
    <message>
      <source>model folder not found: {folder}</source>
      <translation>モデルフォルダーが見つかりません：{folder}</translation>
    </message>
    <message>
      <source>file name is not valid UTF-8</source>
      <translation>ファイル名が有効なUTF-8ではありません</translation>
    </message>
    <message>
      <source>not found (an unplugged drive or a network share that is not connected?)</source>
      <translation>見つかりません（ドライブが外されているか、ネットワーク共有が接続されていない可能性があります）</translation>
    </message>
    <message>
      <source>cannot be read ({detail})</source>
      <translation>読み取れません（{detail}）</translation>
    </message>
    <message>
      <source>empty, though photos were indexed there (a drive that is not mounted?)</source>
      <translation>写真がインデックスされていたのに空です（ドライブがマウントされていない可能性があります）</translation>
    </message>
    <message>
      <source>holding other photos than the ones indexed there (a different drive?)</source>
      <translation>インデックスされた写真とは別の写真があります（別のドライブの可能性があります）</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <source>Something went wrong: {error}

PhotoSeek keeps running, but may not behave as expected. The details are in the log file:
{log}</source>
      <translation>問題が発生しました：{error}

PhotoSeekは動作を続けますが、正しく動作しない可能性があります。詳細はログファイルに記録されています：
{log}</translation>
    </message>
    <message>
      <source>PhotoSeek: unexpected error</source>
      <translation>PhotoSeek：予期しないエラー</translation>
    </message>
  </context>
  <context>
    <name>emptystate</name>
    <message>
      <source>Add your photos</source>
      <translation>写真を追加</translation>
    </message>
    <message>
      <source>PhotoSeek searches the photos in folders you choose. It indexes them on this computer and keeps watching them for new photos.</source>
      <translation>PhotoSeekは、選択したフォルダ内の写真を検索します。インデックスはこのコンピュータ上で作成され、新しい写真がないか引き続き監視します。</translation>
    </message>
    <message>
      <source>Add a folder…</source>
      <translation>フォルダを追加…</translation>
    </message>
    <message>
      <source>Indexing your photos…</source>
      <translation>写真のインデックスを作成しています…</translation>
    </message>
    <message>
      <source>You can search as soon as the first photos are indexed; progress is shown below.</source>
      <translation>最初の写真のインデックスが作成されると、すぐに検索できます。進行状況は下に表示されます。</translation>
    </message>
    <message numerus="yes">
      <source>Your %Ln library folder(s) (holds|hold) no photos PhotoSeek can read ({types}), or all of them are excluded in Settings.</source>
      <translation>
        <numerusform>ライブラリの%Ln個のフォルダに、PhotoSeekで読み込める写真（{types}）がないか、すべて設定で除外されています。</numerusform>
      </translation>
    </message>
    <message>
      <source>No photos found</source>
      <translation>写真が見つかりません</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>設定…</translation>
    </message>
    <message>
      <source>“{example}”</source>
      <translation>「{example}」</translation>
    </message>
    <message numerus="yes">
      <source>Search %Ln photo(s)</source>
      <translation>
        <numerusform>%Ln枚の写真を検索</numerusform>
      </translation>
    </message>
    <message>
      <source>Describe what you are looking for in your own words, or drop a photo on this window to find similar ones. For example:</source>
      <translation>探しているものを自由な言葉で入力するか、このウィンドウに写真をドロップして似た写真を探せます。例：</translation>
    </message>
    <message numerus="yes">
      <source>No indexed photo matches “{query}”. %Ln photo(s) (comes|come) close without matching. Try other words, or drop a photo here to find similar ones.</source>
      <translation>
        <numerusform>「{query}」に一致するインデックス済みの写真はありません。%Ln枚の写真が近いものの、一致には至りませんでした。別の言葉を試すか、写真をここにドロップして似た写真を探してください。</numerusform>
      </translation>
    </message>
    <message>
      <source>No indexed photo matches “{query}”. Try other words, or drop a photo here to find similar ones.</source>
      <translation>「{query}」に一致するインデックス済みの写真はありません。別の言葉を試すか、写真をここにドロップして似た写真を探してください。</translation>
    </message>
    <message>
      <source>Remove all filters</source>
      <translation>すべてのフィルタを解除</translation>
    </message>
    <message>
      <source>Nothing found</source>
      <translation>見つかりませんでした</translation>
    </message>
    <message>
      <source>Clear search</source>
      <translation>検索をクリア</translation>
    </message>
    <message>
      <source>No indexed photo matches “{query}” with the filters under the search box. Remove a filter (click it), or all of them.</source>
      <translation>検索ボックスの下のフィルタの条件では、「{query}」に一致するインデックス済みの写真はありません。フィルタを個別に（クリックして）解除するか、すべて解除してください。</translation>
    </message>
    <message>
      <source>No indexed photo passes the filters under the search box. Remove a filter (click it), or all of them.</source>
      <translation>検索ボックスの下のフィルタに該当するインデックス済みの写真はありません。フィルタを個別に（クリックして）解除するか、すべて解除してください。</translation>
    </message>
    <message>
      <source>No photos with these filters</source>
      <translation>このフィルタに該当する写真はありません</translation>
    </message>
    <message>
      <source>Try the download again</source>
      <translation>もう一度ダウンロード</translation>
    </message>
    <message>
      <source>Choose model folder/file…</source>
      <translation>モデルのフォルダ/ファイルを選択…</translation>
    </message>
    <message>
      <source>PhotoSeek needs a CLIP model to understand photos and queries. It downloads one the first time and then works offline. Without a network, copy an open_clip model folder to this computer and choose it here.</source>
      <translation>PhotoSeekが写真と検索語を理解するにはCLIPモデルが必要です。初回にモデルをダウンロードし、その後はオフラインで動作します。ネットワークに接続できない場合は、open_clipモデルのフォルダをこのコンピュータにコピーして、ここで選択してください。</translation>
    </message>
    <message>
      <source>The search model is not available</source>
      <translation>検索モデルを利用できません</translation>
    </message>
    <message>
      <source>Loading the search model…</source>
      <translation>検索モデルを読み込んでいます…</translation>
    </message>
    <message>
      <source>Model: {model}</source>
      <translation>モデル：{model}</translation>
    </message>
    <message>
      <source>Close the other program, then try again.</source>
      <translation>ほかのプログラムを終了してから、もう一度お試しください。</translation>
    </message>
    <message>
      <source>Check the connection or the server, then try again.</source>
      <translation>接続またはサーバを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
      <source>The photo index cannot be opened</source>
      <translation>写真のインデックスを開けません</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>再試行</translation>
    </message>
    <message>
      <source>Rebuilding re-creates the index from your library folders: your photos are not touched, but every photo is read again, which takes a while.</source>
      <translation>再構築すると、ライブラリのフォルダからインデックスを作り直します。写真自体は変更されませんが、すべての写真を読み込み直すため、しばらく時間がかかります。</translation>
    </message>
    <message>
      <source>The photo index is damaged</source>
      <translation>写真のインデックスが破損しています</translation>
    </message>
    <message>
      <source>Rebuild the index</source>
      <translation>インデックスを再構築</translation>
    </message>
    <message>
      <source>Resetting restores the last good copy of the settings (your folders and model); your photos and the index are not touched.</source>
      <translation>リセットすると、最後に正常だった設定（フォルダとモデル）のコピーが復元されます。写真とインデックスは変更されません。</translation>
    </message>
    <message>
      <source>The library settings are damaged</source>
      <translation>ライブラリの設定が破損しています</translation>
    </message>
    <message>
      <source>Reset the settings</source>
      <translation>設定をリセット</translation>
    </message>
    <message>
      <source>{model} (downloading)</source>
      <translation>{model}（ダウンロード中）</translation>
    </message>
  </context>
  <context>
    <name>examples</name>
    <message>
      <source>a dog on the beach</source>
      <translation>浜辺の犬</translation>
    </message>
    <message>
      <source>birthday cake</source>
      <translation>誕生日ケーキ</translation>
    </message>
    <message>
      <source>snow in the mountains</source>
      <translation>山の雪</translation>
    </message>
  </context>
  <context>
    <name>filterbar</name>
    <message>
      <source>Best match first</source>
      <translation>一致度の高い順</translation>
    </message>
    <message>
      <source>Newest first</source>
      <translation>新しい順</translation>
    </message>
    <message>
      <source>Oldest first</source>
      <translation>古い順</translation>
    </message>
    <message>
      <source>Camera not known</source>
      <translation>カメラ不明</translation>
    </message>
    <message>
      <source>{first} – {last}</source>
      <translation>{first}～{last}</translation>
    </message>
    <message>
      <source>From {date}</source>
      <translation>{date}以降</translation>
    </message>
    <message>
      <source>Until {date}</source>
      <translation>{date}まで</translation>
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
      <translation>デフォルト：CPUでのインデックス作成が最も速く、精度も良好です（Flickr30k / COCOで正しい写真を最初に見つける割合は67% / 39%）。</translation>
    </message>
    <message>
      <source>About as accurate as the default (65 % / 40 %) and a little slower to index (256 px input: about 20 % more time per photo); the model rclip uses.</source>
      <translation>デフォルトとほぼ同じ精度（65% / 40%）で、インデックス作成はやや遅くなります（256 px入力：写真1枚あたり約20%長くかかります）。rclipが使用しているモデルです。</translation>
    </message>
    <message>
      <source>The original CLIP: as fast as the default, less accurate (59 % / 30 %).</source>
      <translation>オリジナルのCLIP：速度はデフォルトと同じですが、精度は劣ります（59% / 30%）。</translation>
    </message>
    <message>
      <source>599 MB</source>
      <translation>599 MB</translation>
    </message>
    <message>
      <source>Better at small details (70 % / 42 %); indexing takes 3–5× longer than the default.</source>
      <translation>細部の認識に優れています（70% / 42%）。インデックス作成にはデフォルトの3～5倍の時間がかかります。</translation>
    </message>
    <message>
      <source>Multilingual CLIP ViT-B/32</source>
      <translation>多言語対応 CLIP ViT-B/32</translation>
    </message>
    <message>
      <source>1.5 GB</source>
      <translation>1.5 GB</translation>
    </message>
    <message>
      <source>Understands queries in about 100 languages, Chinese and Japanese among them; indexes as fast as the default (the same image model), slower queries, a little less accurate in English (64 % / 38 %).</source>
      <translation>中国語や日本語を含む約100言語の検索語を理解します。インデックス作成の速度はデフォルトと同じ（画像モデルが同じ）ですが、検索はやや遅く、英語での精度はやや劣ります（64% / 38%）。</translation>
    </message>
    <message>
      <source>Multilingual and the most accurate here in English, German and French (COCO 52 %); indexing takes 3–6× longer than the default, queries about 5× longer.</source>
      <translation>多言語対応で、ここでは英語・ドイツ語・フランス語で最も高精度です（COCO 52%）。インデックス作成はデフォルトの3～6倍、検索は約5倍の時間がかかります。</translation>
    </message>
    <message>
      <source>1.7 GB</source>
      <translation>1.7 GB</translation>
    </message>
    <message>
      <source>Among the most accurate (76 % / 47 %); 10–20× slower to index — best with a GPU.</source>
      <translation>最高クラスの精度です（76% / 47%）。インデックス作成は10～20倍遅くなるため、GPUの使用をおすすめします。</translation>
    </message>
    <message>
      <source>Multilingual CLIP ViT-H/14</source>
      <translation>多言語対応 CLIP ViT-H/14</translation>
    </message>
    <message>
      <source>4.8 GB</source>
      <translation>4.8 GB</translation>
    </message>
    <message>
      <source>The best published quality in Chinese and Japanese, as good as the best in English, German and French; a very large image model: indexing takes over 20× longer than the default — best with a GPU.</source>
      <translation>中国語と日本語で公開されている中で最高の品質で、英語・ドイツ語・フランス語でも最高クラスです。画像モデルが非常に大きいため、インデックス作成にはデフォルトの20倍以上の時間がかかります。GPUの使用をおすすめします。</translation>
    </message>
    <message>
      <source>Which languages this model understands is not known; most CLIP models understand only English.</source>
      <translation>このモデルが理解できる言語は不明です。ほとんどのCLIPモデルは英語しか理解できません。</translation>
    </message>
    <message>
      <source>Queries in English only.</source>
      <translation>検索語は英語のみです。</translation>
    </message>
    <message>
      <source>Good for queries in {languages}.</source>
      <translation>{languages}の検索語に適しています。</translation>
    </message>
    <message>
      <source>Weaker in {languages}.</source>
      <translation>{languages}では精度が下がります。</translation>
    </message>
    <message>
      <source>For queries in {language}, choose {model}.</source>
      <translation>{language}で検索するには、{model}を選んでください。</translation>
    </message>
    <message>
      <source>Choose a model: open_clip_config.json or a weights file</source>
      <translation>モデルを選択：open_clip_config.jsonまたは重みファイル</translation>
    </message>
    <message>
      <source>Model files ({patterns});;All files (*)</source>
      <translation>モデルファイル ({patterns});;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Which architecture are the weights in {file} for?</source>
      <translation>「{file}」の重みはどのアーキテクチャ用ですか？</translation>
    </message>
    <message>
      <source>Model architecture</source>
      <translation>モデルのアーキテクチャ</translation>
    </message>
  </context>
  <context>
    <name>openwith</name>
    <message>
      <source>{application} cannot be started (its command is not readable)</source>
      <translation>{application}を起動できません（コマンドを読み取れません）</translation>
    </message>
    <message>
      <source>{application} did not start: {reason}</source>
      <translation>{application}が起動しませんでした：{reason}</translation>
    </message>
    <message>
      <source>the Open with dialog did not show: {reason}</source>
      <translation>「アプリケーションで開く」ダイアログを表示できませんでした：{reason}</translation>
    </message>
  </context>
  <context>
    <name>preview</name>
    <message>
      <source>unknown (file modified {time})</source>
      <translation>不明（ファイルの変更日時：{time}）</translation>
    </message>
    <message>
      <source>{size} bytes</source>
      <translation>{size} バイト</translation>
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
        <numerusform>%Ln枚の写真</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln unreadable</source>
      <translation>
        <numerusform>%Ln件読み込み不可</numerusform>
      </translation>
    </message>
    <message>
      <source>offline: its photos are kept</source>
      <translation>オフライン：写真は保持されます</translation>
    </message>
    <message>
      <source>indexing…</source>
      <translation>インデックス作成中…</translation>
    </message>
  </context>
  <context>
    <name>statusbar</name>
    <message>
      <source>Looking for photos · {done} found</source>
      <translation>写真を探索中 · {done}件検出</translation>
    </message>
    <message>
      <source>Paused: looking for photos · {done} found</source>
      <translation>一時停止中：写真の探索 · {done}件検出</translation>
    </message>
    <message>
      <source>Reading the index · {done} read</source>
      <translation>インデックスを読み込み中 · {done}件読み込み済み</translation>
    </message>
    <message>
      <source>Paused: reading the index · {done} read</source>
      <translation>一時停止中：インデックスの読み込み · {done}件読み込み済み</translation>
    </message>
    <message>
      <source>Matching moved and copied photos · {done} checked</source>
      <translation>移動・コピーされた写真を照合中 · {done}件確認済み</translation>
    </message>
    <message>
      <source>Paused: matching moved and copied photos · {done} checked</source>
      <translation>一時停止中：移動・コピーされた写真の照合 · {done}件確認済み</translation>
    </message>
    <message>
      <source>Upgrading the index (once, after an update) · {done} copied</source>
      <translation>インデックスをアップグレード中（更新後の初回のみ） · {done}件コピー済み</translation>
    </message>
    <message>
      <source>Paused: upgrading the index (once, after an update) · {done} copied</source>
      <translation>一時停止中：インデックスのアップグレード（更新後の初回のみ） · {done}件コピー済み</translation>
    </message>
    <message>
      <source>Paused at {done}</source>
      <translation>一時停止中（{done}）</translation>
    </message>
    <message>
      <source>Switching models {done}</source>
      <translation>モデルを切り替え中 {done}</translation>
    </message>
    <message>
      <source>Indexing {done}</source>
      <translation>インデックスを作成中 {done}</translation>
    </message>
    <message>
      <source> · {rate} images/s</source>
      <translation> · {rate}枚/秒</translation>
    </message>
    <message>
      <source> · about {time} left</source>
      <translation> · 残り約{time}</translation>
    </message>
    <message numerus="yes">
      <source>Watching %Ln folder(s) for changes</source>
      <translation>
        <numerusform>%Ln個のフォルダの変更を監視中</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Checking %Ln folder(s) every few seconds (the system's watch limit is reached)</source>
      <translation>
        <numerusform>%Ln個のフォルダを数秒ごとに確認中（システムの監視数の上限に達しています）</numerusform>
      </translation>
    </message>
    <message>
      <source>Not watching folders</source>
      <translation>フォルダを監視していません</translation>
    </message>
    <message numerus="yes">
      <source>%Ln folder(s) offline</source>
      <translation>
        <numerusform>%Ln個のフォルダがオフライン</numerusform>
      </translation>
    </message>
  </context>
</TS>
