<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AbsenceCommands</name>
    <message>
        <source>--%1: no user with login &quot;%2&quot;</source>
        <translation>--%1: ログイン名「%2」の職員はいません</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1「%2」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>Registers an absence (不在) and the proxy (代理者) who acts meanwhile: your own, or another user&apos;s (administrators). Prints the absence: id, user, from, to, proxy, reason.</source>
        <translation>不在と、その間に代わって処理する代理者を登録します。自分の不在のほか、他の職員の不在も登録できます（管理者）。登録した不在を表示します: ID、職員、開始日、終了日、代理者、理由。</translation>
    </message>
    <message>
        <source>First day away, YYYY-MM-DD.</source>
        <translation>不在の初日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Last day away, YYYY-MM-DD.</source>
        <translation>不在の最終日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Login of the proxy.</source>
        <translation>代理者のログイン名。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Login of the absent user (default: you).</source>
        <translation>不在となる職員のログイン名（既定: 自分）。</translation>
    </message>
    <message>
        <source>Why (e.g. 出張, 休暇).</source>
        <translation>理由（例: 出張、休暇）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Lists the absences of a user (default: you): id, user, from, to, proxy, reason.</source>
        <translation>職員（既定: 自分）の不在を表示します: ID、職員、開始日、終了日、代理者、理由。</translation>
    </message>
    <message>
        <source>Login of the user (default: you).</source>
        <translation>職員のログイン名（既定: 自分）。</translation>
    </message>
</context>
<context>
    <name>AttachmentCommands</name>
    <message>
        <source>Id of the document.</source>
        <translation>文書の ID。</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 は存在しません</translation>
    </message>
    <message>
        <source>Moves the attachment at POS of one of your drafts to NEWPOS; the others close up.</source>
        <translation>自分の起案の POS 番目の添付を NEWPOS に移動します。他の添付は詰めて並びます。</translation>
    </message>
    <message>
        <source>Id of the draft.</source>
        <translation>起案の ID。</translation>
    </message>
    <message>
        <source>Position of the attachment (1 is the first).</source>
        <translation>添付の位置（1 が先頭）。</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Its new position.</source>
        <translation>移動先の位置。</translation>
    </message>
    <message>
        <source>NEWPOS</source>
        <translation>新しい位置</translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; of document %2 from position %3 to %4</source>
        <translation>文書 %2 の「%1」を %3 番目から %4 番目に移動しました</translation>
    </message>
    <message>
        <source>Renames the attachment at POS of one of your drafts. Only the name shown changes; the original file name is kept. Path separators and control characters are replaced.</source>
        <translation>自分の起案の POS 番目の添付の表示名を変更します。元のファイル名は保持されます。パス区切りと制御文字は置き換えられます。</translation>
    </message>
    <message>
        <source>Position of the attachment.</source>
        <translation>添付の位置。</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>新しい名前。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 には %2 が必要です</translation>
    </message>
    <message>
        <source>document %1 has no attachment at position %2</source>
        <translation>文書 %1 の %2 番目に添付はありません</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>「%1」を「%2」に名前変更しました</translation>
    </message>
    <message>
        <source>Removes the attachment at POS from one of your drafts (recorded in the audit log); the ones after it move up.</source>
        <translation>自分の起案から POS 番目の添付を削除します（監査ログに記録）。後ろの添付は繰り上がります。</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from document %2</source>
        <translation>文書 %2 から「%1」を削除しました</translation>
    </message>
    <message>
        <source>Writes the stored bytes of the attachment at POS to OUT, byte-identical to the file that was attached. OUT is replaced only once it is complete; &quot;-&quot; writes to standard output.</source>
        <translation>POS 番目の添付の保存内容を、添付したファイルとまったく同じバイト列で OUT に書き出します。OUT は書き込みが完了してから置き換えられます。「-」は標準出力です。</translation>
    </message>
    <message>
        <source>The file to write, or &quot;-&quot;.</source>
        <translation>書き出すファイル、または「-」。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>standard output cannot be written: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>Wrote %1 bytes of &quot;%2&quot; to %3</source>
        <translation>「%2」の %1 バイトを %3 に書き出しました</translation>
    </message>
    <message>
        <source>Lists the attachments of a document in their order: position, name, MIME type, size in bytes, SHA-256, and who is editing it (編集ロック). --json adds the original file name, the version and the lock (login, machine, since).</source>
        <translation>文書の添付ファイルを順番どおりに一覧表示します: 位置、名前、MIME タイプ、バイト数、SHA-256、編集中の人（編集ロック）。--json では元のファイル名、版、ロック（ログイン名、端末、開始時刻）も出力します。</translation>
    </message>
</context>
<context>
    <name>AttachmentFile</name>
    <message>
        <source>the file no longer exists</source>
        <translation>ファイルがもう存在しません</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>読み込めません（アクセス権がありません）</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>読み込めません（%1）</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>通常のファイルではありません（デバイス、パイプまたはソケット）</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>ファイルが空です（0 バイト）</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2</source>
        <translation>サイズ %1 が上限の %2 を超えています</translation>
    </message>
    <message>
        <source>read failed: %1</source>
        <translation>読み込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: 中止しました</translation>
    </message>
    <message>
        <source>changed while it was being read (%1 bytes instead of %2)</source>
        <translation>読み込み中にファイルが変更されました（%2 バイトのはずが %1 バイト）</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 は存在しません</translation>
    </message>
    <message>
        <source>no stored content with SHA-256 %1</source>
        <translation>SHA-256 が %1 の保存内容はありません</translation>
    </message>
    <message>
        <source>document %1 has no attachment at position %2</source>
        <translation>文書 %1 の %2 番目に添付はありません</translation>
    </message>
    <message>
        <source>position %1 is outside 1-%2</source>
        <translation>位置 %1 は 1～%2 の範囲外です</translation>
    </message>
    <message>
        <source>attachment %1 does not exist</source>
        <translation>添付 %1 は存在しません</translation>
    </message>
    <message>
        <source>changing the attachment size limit</source>
        <translation>添付サイズ上限の変更</translation>
    </message>
    <message>
        <source>the attachment size limit must be positive</source>
        <translation>添付サイズの上限は正の値にしてください</translation>
    </message>
    <message>
        <source>a scan is attached to a paper decision only when it is registered, by whoever registers it (document %1)</source>
        <translation>紙決裁のスキャンは、登録するときに登録者だけが添付できます（文書 %1）</translation>
    </message>
    <message>
        <source>the attachment size limit of %1 bytes is more than the office server can check (%2 bytes: it hashes every file whole)</source>
        <translation>添付の上限 %1 バイトは、庁内サーバーが検査できる大きさ（%2 バイト。ファイル全体を一度にハッシュするため）を超えています</translation>
    </message>
</context>
<context>
    <name>AttachmentVersions</name>
    <message>
        <source>attachment %1 has no version %2</source>
        <translation>添付 %1 に第%2版はありません</translation>
    </message>
    <message>
        <source>attachment &quot;%1&quot; changed since version %2; nothing was stored</source>
        <translation>添付「%1」は第%2版の後に変更されています。何も保存していません</translation>
    </message>
    <message>
        <source>attachment &quot;%1&quot; is now at version %2, saved by %3 at %4, not at version %5 that this change started from; nothing was stored</source>
        <translation>添付「%1」は現在、この変更の元になった第%5版ではなく、第%2版（%3 が %4 に保存）になっています。何も保存していません</translation>
    </message>
    <message>
        <source>no stored content with SHA-256 %1</source>
        <translation>SHA-256 が %1 の保存内容はありません</translation>
    </message>
    <message>
        <source>the new content of &quot;%1&quot; is empty; it was not stored</source>
        <translation>「%1」の新しい内容が空です。保存していません</translation>
    </message>
    <message>
        <source>the new content of &quot;%1&quot; is %2 bytes, over the limit of %3 bytes; it was not stored</source>
        <translation>「%1」の新しい内容は %2 バイトで、上限の %3 バイトを超えています。保存していません</translation>
    </message>
    <message>
        <source>attachment %1 has no version</source>
        <translation>添付 %1 には版がありません</translation>
    </message>
    <message>
        <source>restored from version %1</source>
        <translation>第%1版から復元</translation>
    </message>
    <message>
        <source>attachment %1 has no version %2 to restore</source>
        <translation>添付 %1 には復元する第%2版がありません</translation>
    </message>
    <message>
        <source>%1 restored attachment %2 to version %3</source>
        <translation>%1 が添付 %2 を第%3版に復元しました</translation>
    </message>
    <message>
        <source>%1 edited attachment %2</source>
        <translation>%1 が添付 %2 を編集しました</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>The audit log is intact: %1 events checked</source>
        <translation>監査ログは改ざんされていません（%1 件を検証）</translation>
    </message>
    <message>
        <source>the audit log is broken: %1</source>
        <translation>監査ログが改ざんされています: %1</translation>
    </message>
    <message>
        <source>Checks the audit log&apos;s hash chain: exit status 0 if it is intact, 2 if any event was altered, removed or inserted. With --pdf, also checks that a record PDF names a decision event that is in the store with the same hash.</source>
        <translation>監査ログのハッシュの連鎖を検証します。無傷なら終了コード 0、改変・削除・挿入されたイベントがあれば 2。--pdf を付けると、原議 PDF が記す決裁イベントが同じハッシュで保存内容にあることも検証します。</translation>
    </message>
    <message>
        <source>A record PDF written by export-pdf to check against the store.</source>
        <translation>保存内容と照合する原議 PDF（export-pdf で作成したもの）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the audit log&apos;s head row is missing</source>
        <translation>監査ログの管理情報がありません</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>記録 %1 がありません</translation>
    </message>
    <message>
        <source>event %1 does not follow event %2</source>
        <translation>記録 %1 が記録 %2 とつながっていません</translation>
    </message>
    <message>
        <source>event %1 was altered</source>
        <translation>記録 %1 が変更されています</translation>
    </message>
    <message>
        <source>the newest events were removed (the log ends at %1, its head at %2)</source>
        <translation>最新の記録が削除されています（ログの最終記録は %1、管理情報では %2）</translation>
    </message>
    <message>
        <source>event %1 was added behind the log&apos;s back (its head is at %2)</source>
        <translation>記録 %1 が正規の手順を経ずに追加されています（管理情報では %2 まで）</translation>
    </message>
    <message>
        <source>event %1 does not match the log&apos;s head</source>
        <translation>記録 %1 が管理情報と一致しません</translation>
    </message>
    <message>
        <source>on the office server only administrators and records managers read the whole audit log, which verifying it needs; %1 is neither</source>
        <translation>庁内サーバーでは、監査ログ全体を読めるのは管理者と文書管理者だけです（検証には全体が必要です）。%1 はどちらでもありません</translation>
    </message>
</context>
<context>
    <name>BlobCache</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダ %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 を書き込めません</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>%1: read failed after %2 bytes: %3</source>
        <translation>%1: %2 バイトまで読み込んだところで失敗しました: %3</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was stored</source>
        <translation>%1: 中止しました。何も保存していません</translation>
    </message>
    <message>
        <source>%1 changed while it was being copied; nothing was stored</source>
        <translation>%1 はコピー中に変更されました。何も保存していません</translation>
    </message>
    <message>
        <source>no stored content with SHA-256 %1</source>
        <translation>SHA-256 が %1 の保存内容はありません</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>%1: the copy being stored was discarded as abandoned (no progress for %2 minutes); nothing was stored</source>
        <translation>%1: 保存中のコピーは放棄されたものとして破棄されました（%2 分間進みませんでした）。何も保存していません</translation>
    </message>
    <message>
        <source>the copy of content %1 being stored was discarded as abandoned before it was complete; nothing was stored, try again</source>
        <translation>保存中の内容 %1 のコピーは、完了する前に放棄されたものとして破棄されました。何も保存していません。もう一度やり直してください</translation>
    </message>
    <message>
        <source>%1: the stored content is damaged (%2); it is refused rather than shown wrong</source>
        <translation>%1: 保存内容が壊れています（%2）。誤った内容を示さないよう、使用を拒否しました</translation>
    </message>
    <message>
        <source>its chunk size %1 is invalid</source>
        <translation>チャンクサイズ %1 が不正です</translation>
    </message>
    <message>
        <source>chunk %1 of %2 is missing</source>
        <translation>%2 個のチャンクのうち %1 番目がありません</translation>
    </message>
    <message>
        <source>chunk %1 of %2 holds %3 bytes instead of %4</source>
        <translation>%2 個のチャンクのうち %1 番目が %4 バイトではなく %3 バイトです</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <source>its bytes do not match their SHA-256 %1</source>
        <translation>内容が SHA-256 %1 と一致しません</translation>
    </message>
    <message>
        <source>, removed</source>
        <translation>、削除済み</translation>
    </message>
    <message>
        <source>document %1, attachment %2 &quot;%3&quot; (version %4%5)</source>
        <translation>文書 %1 の添付%2「%3」（第%4版%5）</translation>
    </message>
    <message>
        <source>content %1</source>
        <translation>内容 %1</translation>
    </message>
    <message>
        <source>the PDF shown for %1</source>
        <translation>%1 の表示用 PDF</translation>
    </message>
    <message>
        <source>the working copy of edit session %1 (document %2, attachment %3 &quot;%4&quot;)</source>
        <translation>編集セッション %1 の作業コピー（文書 %2 の添付%3「%4」）</translation>
    </message>
    <message numerus="yes">
        <source>%n more attachment(s)</source>
        <translation>
            <numerusform>ほか %n 件の添付</numerusform>
        </translation>
    </message>
    <message>
        <source>stored content %1 (used by no attachment)</source>
        <translation>保存内容 %1（どの添付にも使われていません）</translation>
    </message>
    <message>
        <source>the content %1 was destroyed (廃棄) with its 簿冊; only its record remains</source>
        <translation>内容 %1 は簿冊とともに廃棄されました。記録のみが残っています</translation>
    </message>
    <message>
        <source>%1: %2 bytes or more; the office server checks content of at most %3 bytes (it hashes the whole content at once); nothing was stored</source>
        <translation>%1: %2 バイト以上あります。庁内サーバーが検査できる内容は %3 バイトまでです（内容全体を一度にハッシュするため）。何も保存していません</translation>
    </message>
</context>
<context>
    <name>CardPageSource</name>
    <message>
        <source>This type of file cannot be shown here</source>
        <translation>この種類のファイルはここでは表示できません</translation>
    </message>
    <message>
        <source>This attachment cannot be shown</source>
        <translation>この添付は表示できません</translation>
    </message>
    <message>
        <source>This PDF is protected by a password</source>
        <translation>この PDF はパスワードで保護されています</translation>
    </message>
    <message>
        <source>Preparing this document for viewing…</source>
        <translation>表示の準備をしています…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>種類: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>サイズ: %1</translation>
    </message>
</context>
<context>
    <name>Circulation</name>
    <message>
        <source>reader %1 is not an active user</source>
        <translation>閲覧者 %1 は有効な職員ではありません</translation>
    </message>
    <message>
        <source>unit %1 does not exist</source>
        <translation>所属 %1 は存在しません</translation>
    </message>
    <message>
        <source>nobody to circulate to: name readers other than yourself</source>
        <translation>供覧先がいません。自分以外の閲覧者を指定してください</translation>
    </message>
</context>
<context>
    <name>CirculationCommands</name>
    <message>
        <source>Id of the document.</source>
        <translation>文書の ID。</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>The readers: LOGIN or unit:CODE, separated by commas.</source>
        <translation>閲覧者: ログイン名または unit:CODE をカンマ区切りで。</translation>
    </message>
    <message>
        <source>readers</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>All readers at once instead of one after another.</source>
        <translation>一人ずつではなく全員同時に回します。</translation>
    </message>
    <message>
        <source>--to: no unit with code &quot;%1&quot;</source>
        <translation>--to: コード「%1」の所属はありません</translation>
    </message>
    <message>
        <source>--to: no user &quot;%1&quot;</source>
        <translation>--to: 職員「%1」はいません</translation>
    </message>
    <message>
        <source>document %1 circulated to %2 readers</source>
        <translation>文書 %1 を %2 人に供覧しました</translation>
    </message>
    <message>
        <source>Marks a circulated document (供覧) as seen (確認), with an optional comment.</source>
        <translation>供覧中の文書を確認済みにします。コメントを付けることもできます。</translation>
    </message>
    <message>
        <source>A comment for the others to read.</source>
        <translation>他の閲覧者に向けたコメント。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>document %1 confirmed</source>
        <translation>文書 %1 を確認しました</translation>
    </message>
    <message>
        <source>Circulates your received document (収受) or 報告 for information (供覧): the readers, separated by commas, are logins or whole units written unit:CODE (their active members and those of the units below). One after another in the order given, or all at once with --parallel. Each marks it seen with kessai-cli confirm; it is 完結 when all have. With --close --reason, a records manager (文書管理者) of the document&apos;s 課 or an administrator closes a 供覧 under way early: the readers left can no longer confirm.</source>
        <translation>自分が収受した文書または報告を供覧に回します。閲覧者はカンマ区切りで、ログイン名か、所属全体を unit:CODE で指定します（その所属と下位の所属の在職者）。指定した順に一人ずつ、または --parallel で全員同時に回ります。各閲覧者は kessai-cli confirm で確認し、全員が確認すると完結します。--close --reason を付けると、文書の課の文書管理者または管理者が、進行中の供覧を途中で打ち切ります。まだ確認していない閲覧者は以後確認できません。</translation>
    </message>
    <message>
        <source>Close the 供覧 early (needs --reason), instead of starting one.</source>
        <translation>供覧を始める代わりに、途中で打ち切ります（--reason が必要）。</translation>
    </message>
    <message>
        <source>With --close: why the 供覧 ends before everyone has confirmed.</source>
        <translation>--close と併せて: 全員の確認を待たずに供覧を終える理由。</translation>
    </message>
    <message>
        <source>--reason goes with --close</source>
        <translation>--reason は --close と併せて指定します</translation>
    </message>
    <message>
        <source>--close ends a 供覧: it takes no --to or --parallel</source>
        <translation>--close は供覧を打ち切ります。--to や --parallel は指定できません</translation>
    </message>
    <message>
        <source>--reason: say why the 供覧 is closed early</source>
        <translation>--reason: 供覧を打ち切る理由を書いてください</translation>
    </message>
    <message>
        <source>the 供覧 of document %1 was closed early</source>
        <translation>文書 %1 の供覧を打ち切りました</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>実行するコマンド（下記参照）。</translation>
    </message>
    <message>
        <source>COMMAND ...</source>
        <translation>コマンド ...</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>Create the organization; you become its first administrator.</source>
        <translation>組織を作成します。実行したアカウントが最初の管理者になります。</translation>
    </message>
    <message>
        <source>Add a unit (level: department, division, section or office).</source>
        <translation>所属を追加します（階層: department=部、division=課、section=係、office=その他）。</translation>
    </message>
    <message>
        <source>List the units.</source>
        <translation>所属の一覧を表示します。</translation>
    </message>
    <message>
        <source>Add a member of staff (roles: clerk, approver, records_manager, admin).</source>
        <translation>職員を追加します（権限: clerk=起案者、approver=承認者、records_manager=文書管理者、admin=管理者）。</translation>
    </message>
    <message>
        <source>List the staff.</source>
        <translation>職員の一覧を表示します。</translation>
    </message>
    <message>
        <source>Add and update units and staff from a CSV file.</source>
        <translation>CSV ファイルから所属と職員を追加・更新します。</translation>
    </message>
    <message>
        <source>Fill a new organization with demo units, staff and documents.</source>
        <translation>新しい組織にデモ用の所属・職員・文書を登録します。</translation>
    </message>
    <message>
        <source>List documents.</source>
        <translation>文書の一覧を表示します。</translation>
    </message>
    <message>
        <source>[options] COMMAND ...</source>
        <translation>[オプション] コマンド ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>&quot;%1 COMMAND --help&quot; shows the options of a command. Exit status: 0 done, 1 usage error, 2 refused, invalid data or database unavailable (nothing was changed).</source>
        <translation>「%1 コマンド --help」で各コマンドのオプションを表示します。終了コード: 0 成功、1 使い方の誤り、2 拒否・不正なデータ・データベースに接続できない（何も変更されていません）。</translation>
    </message>
    <message>
        <source>--lang must be ja or en</source>
        <translation>--lang には ja または en を指定してください</translation>
    </message>
    <message>
        <source>see &quot;%1&quot;</source>
        <translation>「%1」を参照してください</translation>
    </message>
    <message>
        <source>Create a draft with the files (and folders) attached in order; prints its id.</source>
        <translation>ファイル（とフォルダ）を順に添付した起案を作成し、その ID を表示します。</translation>
    </message>
    <message>
        <source>Start a new draft as a copy of a document (引用起案); prints its id.</source>
        <translation>既存の文書を引用して新しい起案を作成し（引用起案）、その ID を表示します。</translation>
    </message>
    <message>
        <source>Attach files (and folders) to one of your drafts.</source>
        <translation>自分の起案にファイル（とフォルダ）を添付します。</translation>
    </message>
    <message>
        <source>List the attachments of a document.</source>
        <translation>文書の添付ファイルを表示します。</translation>
    </message>
    <message>
        <source>Reorder, rename or remove an attachment of one of your drafts.</source>
        <translation>自分の起案の添付を並べ替え・名前変更・削除します。</translation>
    </message>
    <message>
        <source>Write an attachment&apos;s stored bytes to OUT (&quot;-&quot;: standard output).</source>
        <translation>添付の保存内容を OUT に書き出します（「-」は標準出力）。</translation>
    </message>
    <message>
        <source>Show the settings, or change the largest attachment accepted (administrators).</source>
        <translation>設定を表示、または添付できる最大サイズを変更します（管理者）。</translation>
    </message>
    <message>
        <source>Render every page of a document&apos;s attachments, in order, to PNG files.</source>
        <translation>文書の添付の全ページを順に PNG ファイルに書き出します。</translation>
    </message>
    <message>
        <source>Show a document&apos;s route: who, what, when, for whom, comment.</source>
        <translation>文書の決裁経路を表示します: 処理者、処理内容、日時、代理の対象者、コメント。</translation>
    </message>
    <message>
        <source>Set the route of one of your drafts before 提出.</source>
        <translation>提出前の自分の起案に決裁経路を設定します。</translation>
    </message>
    <message>
        <source>提出: submit a draft (or resubmit it after 差戻し); gives its 文書番号.</source>
        <translation>提出: 起案を提出します（差戻し後は再提出）。文書番号が付きます。</translation>
    </message>
    <message>
        <source>承認: approve your due step (or give a 合議 opinion).</source>
        <translation>承認: 自分の番が来たステップを承認します（合議では意見を付します）。</translation>
    </message>
    <message>
        <source>差戻し: send the document back to the drafter or an earlier step.</source>
        <translation>差戻し: 文書を起案者または前のステップに差し戻します。</translation>
    </message>
    <message>
        <source>却下: reject the document; the case ends.</source>
        <translation>却下: 文書を却下します。案件は終了します。</translation>
    </message>
    <message>
        <source>引戻し: pull back your last action while the next one has not acted.</source>
        <translation>引戻し: 次の処理者が処理する前に、自分の直前の処理を引き戻します。</translation>
    </message>
    <message>
        <source>決裁: the final decision (代決 when you are the proxy of the absent decider).</source>
        <translation>決裁: 最終的な決裁を行います（不在の決裁者の代理者が行う場合は代決）。</translation>
    </message>
    <message>
        <source>完結: close a decided document.</source>
        <translation>完結: 決裁済の文書を完結します。</translation>
    </message>
    <message>
        <source>閲覧: record that you read it (供覧, 後閲).</source>
        <translation>閲覧: 文書を閲覧したことを記録します（供覧、後閲）。</translation>
    </message>
    <message>
        <source>The ids of the documents waiting for you (未決), one a line.</source>
        <translation>自分の未決の文書の ID を1行に1つずつ表示します。</translation>
    </message>
    <message>
        <source>Register an absence (不在) and the proxy who acts meanwhile.</source>
        <translation>不在と、その間に代わって処理する代理者を登録します。</translation>
    </message>
    <message>
        <source>List a user&apos;s absences.</source>
        <translation>職員の不在を表示します。</translation>
    </message>
    <message>
        <source>List the versions of an attachment: number, author, time, size, SHA-256, note.</source>
        <translation>添付の版を表示します: 版番号、作成者、日時、サイズ、SHA-256、メモ。</translation>
    </message>
    <message>
        <source>Lock an attachment for editing and write its current version to OUT.</source>
        <translation>添付を編集用にロックし、現在の版を OUT に書き出します。</translation>
    </message>
    <message>
        <source>Store the edited FILE as a new version (if it changed) and release the lock.</source>
        <translation>編集した FILE を（変更があれば）新しい版として保存し、ロックを解除します。</translation>
    </message>
    <message>
        <source>Give back your edit lock; --force breaks a stale one (its owner or a 文書管理者).</source>
        <translation>自分の編集ロックを解除します。--force で残ったままのロックを強制解除します（ロックの所有者または文書管理者）。</translation>
    </message>
    <message>
        <source>Restore an old version of an attachment as a new version.</source>
        <translation>添付の古い版を新しい版として復元します。</translation>
    </message>
    <message>
        <source>Convert a document&apos;s office attachments to PDF for the single view now.</source>
        <translation>文書の Office 形式の添付を、一覧表示のために今すぐ PDF に変換します。</translation>
    </message>
    <message>
        <source>Change one of your drafts: title, kind, body, 決裁区分, 簿冊.</source>
        <translation>自分の起案を変更します: 件名、種別、伺い文、決裁区分、簿冊。</translation>
    </message>
    <message>
        <source>Check every stored content (chunks, sizes, SHA-256) and the audit log; exit 2 on any problem.</source>
        <translation>すべての保存内容（チャンク・サイズ・SHA-256）と監査ログを検証します。問題があれば終了コード 2。</translation>
    </message>
    <message>
        <source>Set up an office&apos;s PostgreSQL server (as its superuser): roles, schema, guard, grants.</source>
        <translation>庁内の PostgreSQL サーバーを設定します（サーバーのスーパーユーザーで実行）: ロール、スキーマ、保護、権限。</translation>
    </message>
    <message>
        <source>Bring the office server&apos;s schema, ownership and grants up to date.</source>
        <translation>庁内サーバーのスキーマ・所有者・権限を最新にします。</translation>
    </message>
    <message>
        <source>List anything out of place in the office server&apos;s security set-up.</source>
        <translation>庁内サーバーのセキュリティ設定で想定と違う点を一覧表示します。</translation>
    </message>
    <message>
        <source>Register a decision made on paper (書面決裁).</source>
        <translation>紙で行った決裁（書面決裁）を登録します。</translation>
    </message>
    <message>
        <source>Register the paper decisions of a CSV file, all or nothing.</source>
        <translation>CSVファイルの書面決裁を一括で登録します（すべて登録するか、何も登録しないか）。</translation>
    </message>
    <message>
        <source>A 文書管理者 records that an undecided document was decided on paper.</source>
        <translation>文書管理者が、未決の文書が紙で決裁されたことを記録します。</translation>
    </message>
    <message>
        <source>The administrator&apos;s desk: 電子決裁率, where decisions stall, why they went on paper.</source>
        <translation>管理者デスク：電子決裁率、決裁の滞留、紙決裁の理由。</translation>
    </message>
    <message>
        <source>Write the record PDF (原議) of a document: cover sheet with seals, attachments, audit reference.</source>
        <translation>文書の原議 PDF を作成します（鑑と決裁欄の印影、添付ファイル、監査ログの参照）。</translation>
    </message>
    <message>
        <source>Register a document that arrived (収受) with its files; prints the 収受番号.</source>
        <translation>到達した文書をファイルとともに収受登録し、収受番号を表示します。</translation>
    </message>
    <message>
        <source>List the receipts (収受).</source>
        <translation>収受文書を一覧表示します。</translation>
    </message>
    <message>
        <source>Start a 起案 from a receipt, linked both ways.</source>
        <translation>収受文書から起案します（相互に関連付け）。</translation>
    </message>
    <message>
        <source>List the files waiting in a scanner&apos;s hot folder; register the ready ones.</source>
        <translation>スキャナーのホットフォルダで収受待ちのファイルを表示し、準備のできたものを登録します。</translation>
    </message>
    <message>
        <source>Circulate a received document or 報告 for information (供覧).</source>
        <translation>収受文書または報告を供覧します。</translation>
    </message>
    <message>
        <source>Mark a circulated document as seen (確認).</source>
        <translation>供覧中の文書を確認済みにします。</translation>
    </message>
    <message>
        <source>Create (and submit) a 起案 from another system&apos;s request package (folder or zip).</source>
        <translation>他システムの連携依頼パッケージ（フォルダまたは zip）から起案を作成（および提出）します。</translation>
    </message>
    <message>
        <source>Write outcome files of decided, rejected or enforced requests.</source>
        <translation>決裁・却下・施行された連携依頼の処理結果ファイルを書き出します。</translation>
    </message>
    <message>
        <source>Print the audit events after ID with their document&apos;s state: the feed for other systems.</source>
        <translation>ID より後の監査イベントを文書の状態とともに表示します（他システム向けのイベントフィード）。</translation>
    </message>
    <message>
        <source>The 文書分類表 of a 課: list it, add an entry, import it from CSV (文書管理者).</source>
        <translation>課の文書分類表：一覧、項目の追加、CSV からの取込み（文書管理者）。</translation>
    </message>
    <message>
        <source>簿冊: list, create from the 分類表, close, move a document, the new year&apos;s, those expiring.</source>
        <translation>簿冊：一覧、分類表からの作成、完結、文書の移し替え、新年度の簿冊、満了予定の簿冊。</translation>
    </message>
    <message>
        <source>簿冊 to a successor 課, a 簿冊&apos;s history, the 移管 package of a decided 移管.</source>
        <translation>簿冊の後継課への引継ぎ、簿冊の履歴、移管が決裁された簿冊の移管パッケージ。</translation>
    </message>
    <message>
        <source>Draft the 廃棄・移管・延長 伺い; its 決裁 carries it out.</source>
        <translation>廃棄・移管・延長の伺いを起案します。その決裁により実行されます。</translation>
    </message>
    <message>
        <source>Legal holds (訴訟・情報公開請求): no 廃棄 while one is in force.</source>
        <translation>保全（訴訟・情報公開請求対応）：保全中は廃棄できません。</translation>
    </message>
    <message>
        <source>The 行政文書ファイル管理簿: CSV for Excel, or a printable page.</source>
        <translation>行政文書ファイル管理簿：Excel 用の CSV、または印刷用のページ。</translation>
    </message>
    <message>
        <source>Check that the audit log has not been tampered with (and that a record PDF matches it).</source>
        <translation>監査ログが改ざんされていないこと（と原議 PDF が一致すること）を検証します。</translation>
    </message>
    <message>
        <source>Find documents by any word in them or their attachments (scans included).</source>
        <translation>文書や添付ファイル（スキャンを含む）の中の語で文書を検索します。</translation>
    </message>
    <message>
        <source>Bring the search index up to date (resumable); --all rebuilds it.</source>
        <translation>検索索引を最新にします（中断しても再開可能）。--all で作り直します。</translation>
    </message>
    <message>
        <source>administration and scripting for Kessai (文書管理・電子決裁)</source>
        <translation>Kessai の管理とスクリプト処理（文書管理・電子決裁）</translation>
    </message>
    <message>
        <source>Runs one command on a Kessai database, an SQLite file or an office&apos;s PostgreSQL server: set up the organization and its staff, draft, attach, route, approve and decide, verify the stored contents and the audit log. Each command is one transaction: it is done completely or not at all.

The options below are accepted before the command and after it.</source>
        <translation>Kessai のデータベース（SQLite ファイルまたは庁内の PostgreSQL サーバー） に対してコマンドを一つ実行します。組織と職員の設定、起案、添付、経路、承認と決裁、保存内容と監査ログの検証を行えます。各コマンドは一つのトランザクションで、すべて行われるか、まったく行われないかのどちらかです。

次のオプションはコマンドの前にも後にも指定できます。</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>終了ステータス</translation>
    </message>
    <message>
        <source>3: some attachment could not be rendered (render).</source>
        <translation>3: 表示できない添付がありました（render）。</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>The database when --database is not given.</source>
        <translation>--database を指定しないときのデータベース。</translation>
    </message>
    <message>
        <source>The password for a PostgreSQL server (else ~/.pgpass or a Kerberos ticket).</source>
        <translation>PostgreSQL サーバーのパスワード（なければ ~/.pgpass または Kerberos チケット）。</translation>
    </message>
    <message>
        <source>施行: record that a decided document went out: where to, how, 公印, 浄書 check, 施行文書.</source>
        <translation>施行: 決裁済みの文書の施行を記録します（施行先、施行方法、公印、浄書確認、施行文書）。</translation>
    </message>
    <message>
        <source>List the office&apos;s paper reasons; administrators add, rename, retire them.</source>
        <translation>事務局の紙決裁の理由を一覧します。管理者は追加・名称変更・廃止できます。</translation>
    </message>
    <message>
        <source>The office&apos;s decision kinds (文書の種類); administrators change the list.</source>
        <translation>事務局の文書の種類の一覧。管理者が一覧を変更します。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The database: an SQLite file or postgresql://user@host:port/dbname (default: $KESSAI_DATABASE, else the desktop application&apos;s file).</source>
        <translation>データベース: SQLite ファイル、または postgresql://ユーザー@ホスト:ポート/データベース名（既定: $KESSAI_DATABASE、なければデスクトップアプリと同じファイル）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Print the result as JSON instead of tab-separated text.</source>
        <translation>結果をタブ区切りのテキストではなく JSON で出力します。</translation>
    </message>
    <message>
        <source>Act for another user (administrators only; recorded in the audit log).</source>
        <translation>他の利用者として操作します（管理者のみ。監査ログに記録されます）。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Language of messages: ja or en (default: from the locale).</source>
        <translation>メッセージの言語: ja または en（既定: ロケールに従う）。</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[オプション]</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>余分な引数「%1」</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3 [options]</source>
        <translation>使い方: %1 %2 %3 [オプション]</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 %3 --help&quot; for the options of each.</source>
        <translation>各オプションは「%1 %2 %3 --help」で表示されます。</translation>
    </message>
    <message>
        <source>SUBCOMMAND</source>
        <translation>サブコマンド</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2</source>
        <translation>%1 にはサブコマンドが必要です: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot;; expected %3</source>
        <translation>不明なコマンド「%1 %2」。使えるもの: %3</translation>
    </message>
    <message>
        <source>%1 needs --%2</source>
        <translation>%1 には --%2 が必要です</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>使い方: %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 には %2 が必要です</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a positive number</source>
        <translation>%1「%2」は正の数ではありません</translation>
    </message>
</context>
<context>
    <name>ConnectionFailure</name>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>読み取り権限がありません</translation>
    </message>
    <message>
        <source>it holds no certificate in PEM form</source>
        <translation>PEM 形式の証明書が含まれていません</translation>
    </message>
    <message>
        <source>you have no Kerberos ticket for single sign-on: log in to the domain again or run kinit</source>
        <translation>シングルサインオン用の Kerberos チケットがありません: ドメインにログインし直すか、kinit を実行してください</translation>
    </message>
    <message>
        <source>your Kerberos ticket has expired: log in to the domain again or run kinit</source>
        <translation>Kerberos チケットの有効期限が切れています: ドメインにログインし直すか、kinit を実行してください</translation>
    </message>
    <message>
        <source>the domain knows no database server %1: connect with the server&apos;s name as registered in the domain (or set krbsrvname), or ask the administrator to add it</source>
        <translation>データベースサーバー %1 はドメインに登録されていません: ドメインに登録されたサーバー名で接続する（または krbsrvname を指定する）か、管理者に登録を依頼してください</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not for the host name %1 (it is for %2; checked with the CA file %3): connect with the name the certificate was issued for</source>
        <translation>サーバーの証明書はホスト名 %1 のものではありません（%2 の証明書です。CA ファイル %3 で検証）: 証明書が発行された名前で接続してください</translation>
    </message>
    <message>
        <source>the server&apos;s certificate for %1 is not signed by the CA in the CA file %2: check the CA file setting (sslrootcert)</source>
        <translation>%1 のサーバー証明書は CA ファイル %2 の CA が署名したものではありません: CA ファイルの設定（sslrootcert）を確認してください</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist: set sslrootcert to the office CA&apos;s certificate file</source>
        <translation>CA ファイル %1 がありません: sslrootcert に庁内 CA の証明書ファイルを指定してください</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read (%2)</source>
        <translation>CA ファイル %1 を読み取れません（%2）</translation>
    </message>
</context>
<context>
    <name>ContentTextExtractor</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>page %1 is not in the PDF</source>
        <translation>%1 ページは PDF にありません</translation>
    </message>
    <message>
        <source>page %1 could not be rendered</source>
        <translation>%1 ページを描画できませんでした</translation>
    </message>
    <message>
        <source>the image has no frame %1</source>
        <translation>画像に %1 番目のページがありません</translation>
    </message>
    <message>
        <source>the image could not be read (%1 × %2 pixels): %3</source>
        <translation>画像を読み込めませんでした（%1 × %2 ピクセル）: %3</translation>
    </message>
</context>
<context>
    <name>ContentType</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>%1 画像</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV 表</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown テキスト</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>Word processor document (%1)</source>
        <translation>ワープロ文書（%1）</translation>
    </message>
    <message>
        <source>Spreadsheet (%1)</source>
        <translation>表計算文書（%1）</translation>
    </message>
    <message>
        <source>Presentation (%1)</source>
        <translation>プレゼンテーション（%1）</translation>
    </message>
    <message>
        <source>Office document (%1)</source>
        <translation>オフィス文書（%1）</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>不明な種類</translation>
    </message>
    <message>
        <source>Unsupported type (%1)</source>
        <translation>未対応の種類（%1）</translation>
    </message>
</context>
<context>
    <name>CoverSheetPainter</name>
    <message>
        <source>Proxy decision</source>
        <translation>代決</translation>
    </message>
    <message>
        <source>Acting</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Skipped ahead</source>
        <translation>引上げ</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>Post-review</source>
        <translation>後閲</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Draft form</source>
        <translation>起案用紙</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>至急</translation>
    </message>
    <message>
        <source>Decided on paper</source>
        <translation>紙決裁</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>起案日</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決裁日</translation>
    </message>
    <message>
        <source>Enforced</source>
        <translation>施行日</translation>
    </message>
    <message>
        <source>Decision level</source>
        <translation>決裁区分</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>公開区分</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>At expiry</source>
        <translation>満了時の措置</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>文書の種類</translation>
    </message>
    <message>
        <source>File</source>
        <translation>簿冊</translation>
    </message>
    <message>
        <source>Drafter&apos;s unit</source>
        <translation>起案者 所属</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>内線</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>合議先</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>決裁欄</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>合議</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Proposal and text</source>
        <translation>伺い文・本文</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>No route yet.</source>
        <translation>経路はまだありません。</translation>
    </message>
    <message>
        <source>Draft form (continued, %1 of %2)  %3</source>
        <translation>起案用紙（続き %1／%2）  %3</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>施行方法</translation>
    </message>
    <message>
        <source>Official seal</source>
        <translation>公印</translation>
    </message>
    <message>
        <source>Fair copy checked</source>
        <translation>浄書確認</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>施行先</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>施行文書</translation>
    </message>
    <message>
        <source>%1 (version %2, SHA-256 %3…)</source>
        <translation>%1（第%2版、SHA-256 %3…）</translation>
    </message>
    <message>
        <source>Closed early</source>
        <translation>打切り</translation>
    </message>
</context>
<context>
    <name>CoverSheetReader</name>
    <message>
        <source>Submitted</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>引戻し</translation>
    </message>
    <message>
        <source>Skipped ahead</source>
        <translation>引上げ</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決裁</translation>
    </message>
    <message>
        <source>Decided as proxy</source>
        <translation>代決</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>Enforced</source>
        <translation>施行</translation>
    </message>
    <message>
        <source>Edited attachment %1 (version %2)</source>
        <translation>添付%1 を修正（第%2版）</translation>
    </message>
    <message>
        <source>Edited “%1” (version %2), since removed</source>
        <translation>「%1」を修正（第%2版、その後削除）</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>付記</translation>
    </message>
    <message>
        <source>Circulation closed early</source>
        <translation>供覧打切り</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: the text is neither UTF-8 nor Shift_JIS</source>
        <translation>%1: 文字コードが UTF-8 でも Shift_JIS でもありません</translation>
    </message>
    <message>
        <source>%1: line %2, column &quot;%3&quot;</source>
        <translation>%1: %2 行目「%3」列</translation>
    </message>
    <message>
        <source>%1: line %2, column %3</source>
        <translation>%1: %2 行目 %3 列目</translation>
    </message>
    <message>
        <source>%1: a quote inside an unquoted field</source>
        <translation>%1: 引用符で囲まれていない項目の途中に引用符があります</translation>
    </message>
    <message>
        <source>%1: text after a closing quote</source>
        <translation>%1: 閉じ引用符の後に文字があります</translation>
    </message>
    <message>
        <source>%1: a quoted field is never closed</source>
        <translation>%1: 引用符が閉じられていません</translation>
    </message>
    <message>
        <source>%1: contains a NUL character (U+0000), which cannot be stored</source>
        <translation>%1: 保存できない NUL 文字（U+0000） が含まれています</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>empty database location</source>
        <translation>データベースの場所が指定されていません</translation>
    </message>
    <message>
        <source>malformed PostgreSQL URL: %1</source>
        <translation>PostgreSQL の URL が正しくありません: %1</translation>
    </message>
    <message>
        <source>invalid port in %1</source>
        <translation>%1 のポート番号が正しくありません</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database: %1</source>
        <translation>PostgreSQL の URL にデータベース名がありません: %1</translation>
    </message>
    <message>
        <source>put no password in the URL; use PGPASSWORD or ~/.pgpass</source>
        <translation>URL にパスワードを含めないでください。PGPASSWORD または ~/.pgpass を使用してください</translation>
    </message>
    <message>
        <source>malformed PostgreSQL URL: write postgresql://user@host:port/dbname</source>
        <translation>PostgreSQL の URL の形式が正しくありません: postgresql://ユーザー@ホスト:ポート/データベース名 の形で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1://&quot; is not a kind of database Kessai knows: give an SQLite file or postgresql://user@host:port/dbname</source>
        <translation>「%1://」は Kessai が扱えるデータベースの種類ではありません: SQLite のファイルか postgresql://ユーザー@ホスト:ポート/データベース名 を指定してください</translation>
    </message>
    <message>
        <source>invalid %1 &quot;%2&quot; in the PostgreSQL URL: use one of %3</source>
        <translation>PostgreSQL の URL の %1「%2」は無効です: %3 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>invalid sslrootcert &quot;%1&quot; in the PostgreSQL URL: give the path of the CA file (without &apos;;&apos;)</source>
        <translation>PostgreSQL の URL の sslrootcert「%1」は無効です: CA ファイルのパスを指定してください（「;」は使えません）</translation>
    </message>
    <message>
        <source>invalid krbsrvname &quot;%1&quot; in the PostgreSQL URL: give the Kerberos service name, such as postgres</source>
        <translation>PostgreSQL の URL の krbsrvname「%1」は無効です: postgres などの Kerberos サービス名を指定してください</translation>
    </message>
</context>
<context>
    <name>DecisionKindList</name>
    <message>
        <source>decision kind %1 is not in the office&apos;s list</source>
        <translation>文書の種類 %1 は事務局の一覧にありません</translation>
    </message>
    <message>
        <source>the decision kind &quot;%1&quot; is retired: choose one in force</source>
        <translation>文書の種類「%1」は廃止されています。現行の種類を選んでください</translation>
    </message>
</context>
<context>
    <name>DecisionStatistics</name>
    <message>
        <source>%1 has no desk: the figures are for administrators and 文書管理者</source>
        <translation>%1 は管理者デスクを利用できません。集計は管理者と文書管理者のみが見られます</translation>
    </message>
    <message>
        <source>%1 may not read the figures of unit %2</source>
        <translation>%1 は所属 %2 の集計を見ることができません</translation>
    </message>
    <message>
        <source>the period needs a first and a last day, in order</source>
        <translation>期間には開始日と終了日を順に指定してください</translation>
    </message>
    <message>
        <source>whole office</source>
        <translation>全庁</translation>
    </message>
    <message>
        <source>(no 決裁区分 recorded)</source>
        <translation>（決裁区分の記録なし）</translation>
    </message>
    <message>
        <source>%1 (and the units under it)</source>
        <translation>%1（配下の所属を含む）</translation>
    </message>
    <message>
        <source>Counted: 決裁 documents decided (決裁済, 施行済 or 完結) with a 決裁日 from %1 to %2; 報告・供覧 and 収受 documents are not decisions and are not counted.</source>
        <translation>集計対象：決裁日が %1 から %2 までの決裁文書（決裁済・施行済・完結）。報告・供覧と収受の文書は決裁ではないため数えません。</translation>
    </message>
    <message>
        <source>Documents still in review, returned or rejected are not decisions and are not counted.</source>
        <translation>回議中・差戻し中・却下の文書は決裁ではないため数えません。</translation>
    </message>
    <message>
        <source>Rate = electronic / (electronic + paper); paper = decisions registered as made on paper (書面決裁) or switched to paper by a 文書管理者.</source>
        <translation>電子決裁率 ＝ 電子 ÷（電子＋紙）。紙 ＝ 書面決裁として登録された決裁、または文書管理者が紙決裁に切り替えた決裁。</translation>
    </message>
    <message>
        <source>A decision counts for the unit it was drafted in, whatever unit its drafter is in now (人事異動).</source>
        <translation>決裁は起案した所属で数えます（人事異動で起案者の所属が変わっても変わりません）。</translation>
    </message>
    <message>
        <source>Excluded by the office&apos;s rule: %1 (%2).</source>
        <translation>庁の規則により除外：%1（%2）。</translation>
    </message>
    <message>
        <source>(a unit&apos;s step)</source>
        <translation>（所属宛ての手順）</translation>
    </message>
    <message>
        <source>Setting the target rate</source>
        <translation>目標率の設定</translation>
    </message>
    <message>
        <source>the target rate must be above 0 and at most 1 (100%)</source>
        <translation>目標率は 0 より大きく 1（100%）以下にしてください</translation>
    </message>
    <message>
        <source>(no kind recorded)</source>
        <translation>（種類の記録なし）</translation>
    </message>
</context>
<context>
    <name>DelegationStore</name>
    <message>
        <source>changing the 専決規程</source>
        <translation>専決規程の変更</translation>
    </message>
    <message>
        <source>a deciding line holds 回議 (review) and 決裁 (decide) only</source>
        <translation>決裁ラインには回議と決裁しか含められません</translation>
    </message>
    <message>
        <source>the deciding line of %1 needs exactly one 決裁, at its end</source>
        <translation>%1 の決裁ラインには、末尾に決裁がちょうど1つ必要です</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>loading demo data</source>
        <translation>デモデータの登録</translation>
    </message>
    <message>
        <source>demo data goes only into an organization without units</source>
        <translation>デモデータは所属が登録されていない組織にのみ登録できます</translation>
    </message>
    <message>
        <source>on a PostgreSQL server the demo data is loaded by the server&apos;s superuser, acting as an administrator: kessai-cli --database … --as %1 demo-seed, connected as postgres</source>
        <translation>PostgreSQL サーバーでは、デモデータはサーバーのスーパーユーザーが管理者として登録します: postgres で接続し kessai-cli --database … --as %1 demo-seed を実行してください</translation>
    </message>
</context>
<context>
    <name>DeskPrinter</name>
    <message>
        <source>電子決裁率 %1 – %2</source>
        <translation>電子決裁率 %1～%2</translation>
    </message>
    <message>
        <source>Rate %1% (electronic %2 / paper %3 / total %4), target %5%</source>
        <translation>電子決裁率 %1%（電子 %2／紙 %3／計 %4）、目標 %5%</translation>
    </message>
    <message>
        <source>Units, furthest below the target first</source>
        <translation>所属別（目標との差が大きい順）</translation>
    </message>
    <message>
        <source>Electronic decision desk</source>
        <translation>電子決裁率デスク</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Lists documents, newest first: id, document number, status, title, drafter, unit, last change (UTC). Administrators and records managers see all documents by default, others their pending ones.</source>
        <translation>文書を新しい順に表示します: ID、文書番号、状態、件名、起案者、所属、最終更新（UTC）。管理者と文書管理者は既定で全文書、その他の利用者は未決の文書を表示します。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>pending, drafts, returned, in_progress, done or all.</source>
        <translation>pending、drafts、returned、in_progress、done、all のいずれか。</translation>
    </message>
    <message>
        <source>--folder &quot;%1&quot; is not pending, drafts, returned, in_progress, done or all</source>
        <translation>--folder “%1” は pending、drafts、returned、in_progress、done、all のいずれでもありません</translation>
    </message>
</context>
<context>
    <name>DocumentLink</name>
    <message>
        <source>%1 is not a document link: expected kessai://NUMBER</source>
        <translation>%1 は文書へのリンクではありません。kessai://番号 の形で指定してください</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Kessai link file: it is larger than %2 bytes</source>
        <translation>%1 は Kessai のリンクファイルではありません（%2 バイトを超えています）</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1 の %2 行目</translation>
    </message>
    <message>
        <source>%1: expected Key=Value</source>
        <translation>%1: キー=値 の形が必要です</translation>
    </message>
    <message>
        <source>%1: Document must be a document number, not &quot;%2&quot;</source>
        <translation>%1: Document には文書の番号を指定してください（「%2」は番号ではありません）</translation>
    </message>
    <message>
        <source>%1 is not a Kessai link file: it has no %2 section</source>
        <translation>%1 は Kessai のリンクファイルではありません（%2 の節がありません）</translation>
    </message>
    <message>
        <source>%1 names no document (Document=NUMBER)</source>
        <translation>%1 に文書の指定（Document=番号） がありません</translation>
    </message>
</context>
<context>
    <name>DocumentRequests</name>
    <message>
        <source>the external reference</source>
        <translation>外部参照番号</translation>
    </message>
    <message>
        <source>the outbox</source>
        <translation>処理結果の出力先</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>the title (件名)</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>the body (本文)</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>only administrators and records managers see all documents</source>
        <translation>全文書を表示できるのは管理者と文書管理者だけです</translation>
    </message>
    <message>
        <source>件名 (title) is required</source>
        <translation>件名は必須です</translation>
    </message>
    <message>
        <source>%1 belongs to no unit; give the draft a unit</source>
        <translation>%1 はどの所属にも属していません。起案の所属を指定してください</translation>
    </message>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 は存在しません</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Decision</source>
        <translation>決裁</translation>
    </message>
    <message>
        <source>Report (circulation)</source>
        <translation>報告（供覧）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>収受</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>起案中</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>回議中</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決裁済</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Enforced</source>
        <translation>施行済</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完結</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>回議</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>合議</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>供覧</translation>
    </message>
    <message>
        <source>Post-review</source>
        <translation>後閲</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未決</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>閲覧済</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>引上げにより省略</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>起案者</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Records manager</source>
        <translation>文書管理者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>課</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>係</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>秘</translation>
    </message>
    <message>
        <source>Transfer to archives</source>
        <translation>移管</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延長</translation>
    </message>
    <message>
        <source>Awaiting me</source>
        <translation>未決</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>起案中</translation>
    </message>
    <message>
        <source>Sent back to me</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>全文書</translation>
    </message>
    <message>
        <source>Permanent (while in use)</source>
        <translation>常用</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>In circulation</source>
        <translation>回議中</translation>
    </message>
    <message>
        <source>Decided documents</source>
        <translation>既決</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>The dossier could not be read in time.</source>
        <translation>時間内に文書一式を読み込めませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Page %1 was written at %2 dpi (it is very large).</source>
        <translation>%1 ページ目は非常に大きいため、%2 dpi で書き出しました。</translation>
    </message>
    <message>
        <source>Not finished within the time limit.</source>
        <translation>制限時間内に終わりませんでした。</translation>
    </message>
</context>
<context>
    <name>DossierLoader</name>
    <message>
        <source>Being converted to PDF; the pages appear here when that is done.</source>
        <translation>PDF に変換中です。変換が終わるとここにページが表示されます。</translation>
    </message>
    <message>
        <source>It could not be converted to PDF: %1</source>
        <translation>PDF に変換できませんでした: %1</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>文書 %1 はありません。</translation>
    </message>
    <message>
        <source>The page sizes of &quot;%1&quot; could not be stored: %2</source>
        <translation>「%1」のページサイズを保存できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 · from %2 · received %3</source>
        <translation>%1 · 差出人 %2 · 収受日 %3</translation>
    </message>
</context>
<context>
    <name>DraftCommands</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: is not UTF-8 text</source>
        <translation>%1: UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>Creates a draft (起案中) and attaches the files in the order given; a folder adds its files recursively in natural name order (2 before 10). Prints the new document&apos;s id. Every file is checked first: if one is missing, unreadable, empty or too large, nothing is created.</source>
        <translation>起案（起案中）を作成し、指定した順にファイルを添付します。フォルダは中のファイルを自然順（2 の次に 10）で再帰的に追加します。新しい文書の ID を表示します。最初にすべてのファイルを確認し、存在しない・読めない・空・大きすぎるファイルが一つでもあれば何も作成しません。</translation>
    </message>
    <message>
        <source>The title (件名); required.</source>
        <translation>件名（必須）。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>決裁 (decision, the default) or 報告 (report).</source>
        <translation>決裁（既定）または報告。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the body (伺い文); &quot;-&quot; reads standard input.</source>
        <translation>伺い文を書いた UTF-8 のテキストファイル。「-」で標準入力から読みます。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Code of the unit drafting it (default: yours).</source>
        <translation>起案する所属のコード（既定: 自分の所属）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Files and folders to attach.</source>
        <translation>添付するファイルとフォルダ。</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[ファイル...]</translation>
    </message>
    <message>
        <source>--kind &quot;%1&quot; is not 決裁 (decision) or 報告 (report)</source>
        <translation>--kind「%1」は 決裁 でも 報告 でもありません</translation>
    </message>
    <message>
        <source>--unit: no unit with code &quot;%1&quot;</source>
        <translation>--unit: コード「%1」の所属はありません</translation>
    </message>
    <message>
        <source>引用起案: starts a new draft of yours with the fields and attachments of an existing document (the attachments&apos; content is shared, not copied). Prints the new document&apos;s id.</source>
        <translation>引用起案: 既存の文書の項目と添付を引き継いだ新しい起案を作成します（添付の内容は複製せず共有します）。新しい文書の ID を表示します。</translation>
    </message>
    <message>
        <source>Id of the document to copy.</source>
        <translation>引用する文書の ID。</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Attaches files to one of your drafts (起案中 or 差戻し), after the ones it has, in the order given; a folder adds its files recursively in natural name order. Every file is checked first: if one is bad, nothing is attached. Prints the attachments added: position, name, MIME type, size, SHA-256.</source>
        <translation>自分の起案（起案中または差戻し）の既存の添付の後ろに、指定した順でファイルを添付します。フォルダは中のファイルを自然順で再帰的に追加します。最初にすべてのファイルを確認し、不正なファイルが一つでもあれば何も添付しません。追加した添付（位置、名前、MIME タイプ、サイズ、SHA-256）を表示します。</translation>
    </message>
    <message>
        <source>Id of the draft.</source>
        <translation>起案の ID。</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>ファイル...</translation>
    </message>
    <message>
        <source>attach needs at least one FILE</source>
        <translation>attach にはファイルを一つ以上指定してください</translation>
    </message>
    <message>
        <source>Changes one of your drafts (起案中 or 差戻し): what is given is replaced, the rest stays. Prints the draft&apos;s new row version.</source>
        <translation>自分の起案（起案中または差戻し）を変更します。指定した項目だけを置き換え、ほかはそのままです。起案の新しい行版数を出力します。</translation>
    </message>
    <message>
        <source>The title (件名).</source>
        <translation>件名。</translation>
    </message>
    <message>
        <source>決裁 (decision) or 報告 (report).</source>
        <translation>決裁 (decision) または 報告 (report)。</translation>
    </message>
    <message>
        <source>The 決裁区分, by code or name (e.g. 課長専決).</source>
        <translation>決裁区分（コードまたは名称。例: 課長専決）。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>階層</translation>
    </message>
    <message>
        <source>The 簿冊 of the draft&apos;s unit and fiscal year, by id or name.</source>
        <translation>起案の所属と年度の簿冊（ID または名称）。</translation>
    </message>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 は存在しません</translation>
    </message>
    <message>
        <source>--level: no 決裁区分 &quot;%1&quot;; there are: %2</source>
        <translation>--level: 決裁区分「%1」はありません。あるのは: %2</translation>
    </message>
    <message>
        <source>--file %1: %2</source>
        <translation>--file %1: %2</translation>
    </message>
    <message>
        <source>--file: no open 簿冊 &quot;%1&quot; for %2 in fiscal year %3; the open ones are: %4</source>
        <translation>--file: %2 の %3 年度に使用中の簿冊「%1」はありません。使用中の簿冊: %4</translation>
    </message>
    <message>
        <source>(none open)</source>
        <translation>（使用中のものなし）</translation>
    </message>
    <message>
        <source>--decision-kind: &quot;%1&quot; is not a kind in force; there are: %2</source>
        <translation>--decision-kind: 「%1」は現行の文書の種類ではありません。現行の種類: %2</translation>
    </message>
    <message>
        <source>The 文書の種類 the 電子決裁率 is read by, by code or name (kessai-cli stats kinds); &quot;&quot; for none.</source>
        <translation>電子決裁率の集計に使う文書の種類（コードまたは名称、kessai-cli stats kinds）。&quot;&quot; で未設定。</translation>
    </message>
</context>
<context>
    <name>DrafterRule</name>
    <message>
        <source>document %1 is %2: its 件名 and other fields can no longer be changed</source>
        <translation>文書 %1 は「%2」です。件名などの項目はもう変更できません</translation>
    </message>
    <message>
        <source>document %1 is %2: its attachments can no longer be changed</source>
        <translation>文書 %1 は「%2」です。添付はもう変更できません</translation>
    </message>
    <message>
        <source>only the drafter (%1) may change document %2 while it is %3</source>
        <translation>文書 %2 が「%3」の間、変更できるのは起案者（%1）だけです</translation>
    </message>
    <message>
        <source>only the drafter (%1) may change the attachments of document %2 while it is %3</source>
        <translation>文書 %2 が「%3」の間、添付を変更できるのは起案者（%1）だけです</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>DOC</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Id of the document.</source>
        <translation>文書の ID。</translation>
    </message>
    <message>
        <source>Position of the attachment (1 is the first).</source>
        <translation>添付の位置（1 が先頭）。</translation>
    </message>
    <message>
        <source>document %1 has no attachment at position %2</source>
        <translation>文書 %1 の %2 番目に添付はありません</translation>
    </message>
    <message>
        <source>Lists the versions of the attachment at POS, oldest first: number, author, time (UTC), size in bytes, SHA-256 and note. --json adds the author&apos;s login, the version a restore copied and the route step of an approver&apos;s 修正.</source>
        <translation>POS 番目の添付の版を古い順に表示します: 版番号、作成者、日時（UTC）、サイズ（バイト）、SHA-256、メモ。--json では作成者のログイン名、復元元の版、承認者による修正の経路上のステップも出力します。</translation>
    </message>
    <message>
        <source>Takes the edit lock of the attachment at POS (others can view it but not edit it) and writes its current version to OUT. Edit OUT, then &quot;checkin&quot; it; &quot;unlock&quot; gives the lock back without a new version. Checking out again from this machine carries on the same edit.</source>
        <translation>POS 番目の添付の編集ロックを取得し（他の人は閲覧できますが編集はできません）、現在の版を OUT に書き出します。OUT を編集してから「checkin」してください。「unlock」は新しい版を作らずにロックを解除します。この端末から再度 checkout すると、同じ編集を続けられます。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>書き出すファイル。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 には %2 が必要です</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>Checked out version %1 of &quot;%2&quot; (document %3, attachment %4) to %5; it is locked for you on %6 until checkin or unlock</source>
        <translation>「%2」（文書 %3、添付 %4）の第%1版を %5 にチェックアウトしました。checkin または unlock するまで、端末 %6 であなたがロックしています</translation>
    </message>
    <message>
        <source>Stores FILE as a new version of the attachment at POS that you checked out, if its content changed, and releases the lock. If another version arrived since your checkout, nothing is stored (exit 2) and FILE is untouched: run checkin again with --keep-mine to store yours as the newest version, or unlock to discard your edit.</source>
        <translation>チェックアウトした POS 番目の添付について、内容が変更されていれば FILE を新しい版として保存し、ロックを解除します。チェックアウト後に別の版が保存されていた場合は何も保存せず（終了コード 2）、FILE もそのまま残します。自分の版を最新版として保存するには --keep-mine を付けて再度 checkin を、編集を破棄するには unlock を実行してください。</translation>
    </message>
    <message>
        <source>The edited file.</source>
        <translation>編集したファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>A note on the new version.</source>
        <translation>新しい版のメモ。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Store FILE as the newest version even if another version arrived since the checkout.</source>
        <translation>チェックアウト後に別の版が保存されていても、FILE を最新版として保存します。</translation>
    </message>
    <message>
        <source>you have not checked out attachment %1 of document %2 (kessai-cli checkout %2 %1 FILE); nothing was stored and %3 is untouched</source>
        <translation>文書 %2 の添付 %1 をチェックアウトしていません（kessai-cli checkout %2 %1 FILE）。何も保存しておらず、%3 も変更していません</translation>
    </message>
    <message>
        <source>%1. %2 is untouched: &quot;checkin --keep-mine&quot; stores it as the newest version, &quot;unlock&quot; discards your edit</source>
        <translation>%1。%2 は変更していません。「checkin --keep-mine」で最新版として保存し、「unlock」で編集を破棄します</translation>
    </message>
    <message>
        <source>%1 (%2 is untouched)</source>
        <translation>%1（%2 は変更していません）</translation>
    </message>
    <message>
        <source>Checked in &quot;%1&quot; as version %2; the lock is released</source>
        <translation>「%1」を第%2版としてチェックインしました。ロックを解除しました</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is unchanged: no new version; the lock is released</source>
        <translation>「%1」は変更されていないため、新しい版は作成していません。ロックを解除しました</translation>
    </message>
    <message>
        <source>Gives back your edit lock on the attachment at POS taken on this machine, without a new version (your edit is discarded). --force breaks a stale lock: your own from another machine, or anyone&apos;s if you are a 文書管理者; it is recorded in the audit log.</source>
        <translation>この端末で取得した POS 番目の添付の編集ロックを、新しい版を作らずに解除します（編集内容は破棄されます）。--force は残ったままのロックを強制解除します。対象は別の端末で取得した自分のロック、文書管理者であれば誰のロックでも解除できます。強制解除は監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Break the lock (its owner or a 文書管理者).</source>
        <translation>ロックを強制解除します（ロックの所有者または文書管理者）。</translation>
    </message>
    <message>
        <source>Why the lock is broken (recorded).</source>
        <translation>ロックを強制解除する理由（記録されます）。</translation>
    </message>
    <message>
        <source>%1 (unlock --force)</source>
        <translation>%1（unlock --force）</translation>
    </message>
    <message>
        <source>Released the lock on &quot;%1&quot;</source>
        <translation>「%1」のロックを解除しました</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not locked</source>
        <translation>「%1」はロックされていません</translation>
    </message>
    <message>
        <source>Broke the lock on &quot;%1&quot; (%2)</source>
        <translation>「%1」のロックを強制解除しました（%2）</translation>
    </message>
    <message>
        <source>Restores an old version of the attachment at POS as a NEW version with its content; the history is kept as it was.</source>
        <translation>POS 番目の添付の古い版の内容を、新しい版として復元します。履歴はそのまま残ります。</translation>
    </message>
    <message>
        <source>The version to restore.</source>
        <translation>復元する版。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has the content of version %2: no new version</source>
        <translation>「%1」はすでに第%2版と同じ内容です。新しい版は作成していません</translation>
    </message>
    <message>
        <source>Restored version %1 of &quot;%2&quot; as version %3</source>
        <translation>「%2」の第%1版を第%3版として復元しました</translation>
    </message>
    <message>
        <source>%1 already exists with other content; it was left untouched (choose another file or remove it)</source>
        <translation>%1 は別の内容で既に存在するため、変更していません（別のファイル名を指定するか、そのファイルを削除してください）</translation>
    </message>
    <message>
        <source>%1 (your checkout is kept: check in another file, or unlock to give up the edit)</source>
        <translation>%1（チェックアウトは続いています。別のファイルをチェックインするか、unlock で編集を破棄してください）</translation>
    </message>
    <message>
        <source>warning: %1 looks like %2, not %3 like &quot;%4&quot;; stored all the same (&quot;restore&quot; brings back an earlier version)</source>
        <translation>警告: %1 は「%4」の形式 %3 ではなく %2 のようです。そのまま保存しました（「restore」で以前の版に戻せます）</translation>
    </message>
</context>
<context>
    <name>EditLocks</name>
    <message>
        <source>%1 is editing it on %2 since %3</source>
        <translation>%1 が端末 %2 で %3 から編集中です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked by your own edit on %2 since %3: finish that edit, or break the lock if that client is gone</source>
        <translation>「%1」は端末 %2 で %3 から始めたあなた自身の編集によりロックされています。その編集を終えるか、その端末がもう使われていない場合はロックを強制解除してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked: %2. It can be viewed but not edited until the lock is released; its owner or a 文書管理者 may break a stale lock</source>
        <translation>「%1」はロックされています: %2。ロックが解除されるまで、閲覧はできますが編集はできません。残ったままのロックは所有者または文書管理者が強制解除できます</translation>
    </message>
    <message>
        <source>the lock on &quot;%1&quot; is not yours to release: %2. Its owner or a 文書管理者 may break it</source>
        <translation>「%1」のロックはあなたのものではないため解除できません: %2。所有者または文書管理者が強制解除できます</translation>
    </message>
    <message>
        <source>your lock on &quot;%1&quot; was taken on %2, not on this machine (%3): break it if that client is gone</source>
        <translation>「%1」のあなたのロックは、この端末（%3）ではなく %2 で取得されています。その端末がもう使われていない場合は強制解除してください</translation>
    </message>
    <message>
        <source>only %1, who holds the lock on &quot;%2&quot;, or a 文書管理者 may break it (%3)</source>
        <translation>「%2」のロックを強制解除できるのは、ロックしている %1 か文書管理者だけです（%3）</translation>
    </message>
    <message>
        <source>%1 is editing · since %2</source>
        <translation>%1 が編集中 · %2から</translation>
    </message>
    <message>
        <source>document %1: attachment %2 &quot;%3&quot; is being edited (%4). Finish that edit (編集終了) before acting on the route; its owner or a 文書管理者 may break a stale lock</source>
        <translation>文書 %1: 添付%2「%3」は編集中です（%4）。回議の操作の前に、その編集を終えてください（編集終了）。応答しない端末のロックは、ロックの所有者または文書管理者が解除できます</translation>
    </message>
    <message>
        <source>%1 (no sign of that client since %2)</source>
        <translation>%1（%2 以降、その端末から応答がありません）</translation>
    </message>
    <message>
        <source>%1 · not responding</source>
        <translation>%1 · 応答なし</translation>
    </message>
</context>
<context>
    <name>EditRights</name>
    <message>
        <source>attachment %1 does not exist</source>
        <translation>添付 %1 は存在しません</translation>
    </message>
    <message>
        <source>attachment &quot;%1&quot; was removed from document %2: it can no longer be edited</source>
        <translation>添付「%1」は文書 %2 から削除されているため、編集できません</translation>
    </message>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 は存在しません</translation>
    </message>
    <message>
        <source>document %1 is %2: after 決裁 its attachments are frozen and cannot be edited</source>
        <translation>文書 %1 は「%2」です。決裁後は添付が確定しているため編集できません</translation>
    </message>
    <message>
        <source>document %1 is %2: the case has ended and its attachments cannot be edited</source>
        <translation>文書 %1 は「%2」です。案件が終了しているため添付は編集できません</translation>
    </message>
    <message>
        <source>document %1 is %2 and the route does not allow 修正 (editing) at your step</source>
        <translation>文書 %1 は「%2」で、決裁経路上あなたのステップでは修正が認められていません</translation>
    </message>
    <message>
        <source>document %1 is %2: only the approver whose turn it is may edit its attachments, and only where the route allows 修正</source>
        <translation>文書 %1 は「%2」です。添付を編集できるのは処理の順番が来ている承認者だけで、決裁経路で修正が認められている場合に限ります</translation>
    </message>
    <message>
        <source>route step %1 does not exist</source>
        <translation>経路のステップ %1 は存在しません</translation>
    </message>
    <message>
        <source>only the drafter may allow 修正 (editing) on the route of document %1</source>
        <translation>文書 %1 の決裁経路で修正を認めることができるのは起案者だけです</translation>
    </message>
    <message>
        <source>document %1 is %2: its route can be changed only before 提出</source>
        <translation>文書 %1 は「%2」です。決裁経路は提出前にしか変更できません</translation>
    </message>
</context>
<context>
    <name>EditSessions</name>
    <message>
        <source>edit session %1 does not exist</source>
        <translation>編集セッション %1 は存在しません</translation>
    </message>
    <message>
        <source>edit session %1 belongs to %2</source>
        <translation>編集セッション %1 は %2 のものです</translation>
    </message>
    <message>
        <source>edit session %1 has already ended (%2)</source>
        <translation>編集セッション %1 はすでに終了しています（%2）</translation>
    </message>
    <message>
        <source>the saved content of &quot;%1&quot; is empty; it was not stored</source>
        <translation>「%1」の保存された内容が空です。保存していません</translation>
    </message>
    <message>
        <source>the saved content of &quot;%1&quot; is %2 bytes, over the limit of %3 bytes; it was not stored</source>
        <translation>「%1」の保存された内容は %2 バイトで、上限の %3 バイトを超えています。保存していません</translation>
    </message>
    <message>
        <source>%1. Your edit is kept: store it as a newer version anyway, or discard it</source>
        <translation>%1。編集内容は残っています。このまま新しい版として保存するか、破棄してください</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <source>The command “%1” has an unbalanced quote.</source>
        <translation>コマンド「%1」の引用符が閉じていません。</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>コマンドが空です。</translation>
    </message>
    <message>
        <source>No application is set up to open %1; set one in Settings → Editing applications.</source>
        <translation>%1 を開くアプリケーションが設定されていません。［ツール］→［編集に使うアプリケーション］で設定してください。</translation>
    </message>
    <message>
        <source>“%1” could not be started (the command set for .%2 files).</source>
        <translation>「%1」を起動できませんでした（.%2 ファイル用に設定されたコマンド）。</translation>
    </message>
</context>
<context>
    <name>EnforcementCodes</name>
    <message>
        <source>Post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手渡し</translation>
    </message>
    <message>
        <source>Internal mail</source>
        <translation>庁内</translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation>掲示</translation>
    </message>
    <message>
        <source>System linkage</source>
        <translation>システム連携</translation>
    </message>
    <message>
        <source>Seal affixed</source>
        <translation>押印</translation>
    </message>
    <message>
        <source>Seal omitted</source>
        <translation>公印省略</translation>
    </message>
</context>
<context>
    <name>EnforcementCommands</name>
    <message>
        <source>--document: document %1 has no attachment “%2” (it has: %3)</source>
        <translation>--document: 文書 %1 に添付「%2」はありません（あるもの: %3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>施行: records that a decided document went out, on a day not before its 決裁日: where to (施行先, --to once per destination, names from the shared list of correspondents; a new name is added to it), how (施行方法), with the official seal or without (公印 / 公印省略), who checked the fair copy (浄書), and which attachment is the issued document (施行文書) — which must be exactly the version that was decided. Recorded once; a correction is a note on the 鑑 by a records manager.</source>
        <translation>施行: 決裁済みの文書を施行したことを、決裁日より前でない日付で記録します。施行先（--to を施行先ごとに指定。名前は相手方の共通の一覧から。新しい名前は一覧に加わります）、施行方法、公印の有無（押印 / 公印省略）、浄書を確認した職員、施行文書とする添付（決裁された版そのものに限る）を記録します。記録は一度だけで、訂正は文書管理者による鑑への付記で行います。</translation>
    </message>
    <message>
        <source>Id of the document.</source>
        <translation>文書の ID。</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>DOC</translation>
    </message>
    <message>
        <source>The 施行日, YYYY-MM-DD (default: today).</source>
        <translation>施行日（YYYY-MM-DD、既定は今日）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>A 施行先 (destination); repeat for several.</source>
        <translation>施行先。複数あるときは繰り返し指定します。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The 施行方法: %1.</source>
        <translation>施行方法: %1。</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>The official seal is affixed (押印; the default).</source>
        <translation>公印を押印します（既定）。</translation>
    </message>
    <message>
        <source>The official seal is omitted (公印省略).</source>
        <translation>公印を省略します（公印省略）。</translation>
    </message>
    <message>
        <source>Login of who checked the fair copy (浄書).</source>
        <translation>浄書を確認した職員のログイン名。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>The 施行文書: an attachment by its position or name.</source>
        <translation>施行文書: 添付の番号または名前。</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date「%1」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>--to: give at least one 施行先 (destination)</source>
        <translation>--to: 施行先を一つ以上指定してください</translation>
    </message>
    <message>
        <source>--method &quot;%1&quot; is not one of: %2</source>
        <translation>--method「%1」は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>--seal and --no-seal: give one of them</source>
        <translation>--seal と --no-seal: どちらか一方を指定してください</translation>
    </message>
    <message>
        <source>--checked-by: no active user with login &quot;%1&quot;</source>
        <translation>--checked-by: ログイン名「%1」の在籍中の職員はいません</translation>
    </message>
    <message>
        <source>document %1: the 施行 was recorded but cannot be read back</source>
        <translation>文書 %1: 施行は記録されましたが読み返せません</translation>
    </message>
    <message>
        <source>Document %1 enforced (施行) on %2 to %3 by %4, %5; status: %6.</source>
        <translation>文書 %1 を %2 に施行しました（施行先: %3、%4、%5）。状態: %6。</translation>
    </message>
</context>
<context>
    <name>EnforcementStore</name>
    <message>
        <source>施行先 (destination): give at least one</source>
        <translation>施行先: 一つ以上指定してください</translation>
    </message>
    <message>
        <source>施行先 (destination): a name is blank</source>
        <translation>施行先: 名前が空です</translation>
    </message>
    <message>
        <source>the destination (施行先)</source>
        <translation>施行先</translation>
    </message>
    <message>
        <source>施行先 (destination) “%1” is given twice</source>
        <translation>施行先「%1」が二度指定されています</translation>
    </message>
    <message>
        <source>施行文書 (issued document) “%1” was not among the attachments when document %2 was decided</source>
        <translation>施行文書「%1」は文書 %2 の決裁のときの添付にありませんでした</translation>
    </message>
    <message>
        <source>施行文書 (issued document) “%1” is not the decided version: it is version %2 (SHA-256 %3…) now, and was version %4 (SHA-256 %5…) at the 決裁</source>
        <translation>施行文書「%1」は決裁された版ではありません: 現在は第%2版（SHA-256 %3…）、決裁のときは第%4版（SHA-256 %5…）でした</translation>
    </message>
    <message>
        <source>浄書確認者 (fair copy checked by): user %1 is not an active user</source>
        <translation>浄書確認者: 職員 %1 は在籍中の職員ではありません</translation>
    </message>
    <message>
        <source>施行文書 (issued document): attachment %1 is not an attachment of document %2</source>
        <translation>施行文書: 添付 %1 は文書 %2 の添付ではありません</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <source>Print the events after this id (0: from the start).</source>
        <translation>この ID より後のイベントを表示します（0: 最初から）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Keep waiting for new events (stop with Ctrl+C).</source>
        <translation>新しいイベントを待ち続けます（Ctrl+C で終了）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not an event id</source>
        <translation>--since「%1」はイベント ID ではありません</translation>
    </message>
    <message>
        <source>--interval &quot;%1&quot; is not a number of milliseconds from 50</source>
        <translation>--interval「%1」は 50 以上のミリ秒数ではありません</translation>
    </message>
    <message>
        <source>Prints the audit chain&apos;s events after --since ID, oldest first, each with the current state of its document (status, 文書番号, 決裁日, 施行日, external reference): the feed another system reads to learn what became of what it asked for. Keep the last id you read and give it next time: ids are contiguous. With --json, one JSON object per line. With --follow, keeps printing new events as they come: on PostgreSQL it listens on the channel kessai_event (no polling), on SQLite it looks every --interval.</source>
        <translation>--since ID より後の監査ログの記録を古い順に、その文書の現在の状態（状態、文書番号、決裁日、施行日、外部参照番号）とともに表示します。他のシステムが、依頼したものがどうなったかを知るために読むフィードです。最後に読んだ ID を控え、次回に指定してください（ID は連続しています）。--json では 1 行に 1 つの JSON オブジェクトを出力します。--follow を付けると、新しい記録が来るたびに表示し続けます。PostgreSQL ではチャネル kessai_event を LISTEN し（ポーリングしません）、SQLite では --interval ごとに確認します。</translation>
    </message>
    <message>
        <source>With --follow on SQLite, how often to look, in milliseconds (default 1000).</source>
        <translation>SQLite で --follow のとき、確認する間隔（ミリ秒、既定 1000）。</translation>
    </message>
</context>
<context>
    <name>FileAttacher</name>
    <message>
        <source>%1: the folder holds no file to attach</source>
        <translation>%1: このフォルダには添付するファイルがありません</translation>
    </message>
    <message>
        <source>%1: changed while it was being attached (%2 bytes instead of %3); nothing was stored</source>
        <translation>%1: 添付中にファイルが変更されました（%3 バイトのはずが %2 バイト）。何も保存していません</translation>
    </message>
    <message>
        <source>%1; nothing was attached</source>
        <translation>%1。何も添付していません</translation>
    </message>
</context>
<context>
    <name>FileCollector</name>
    <message>
        <source>%1: the folder cannot be read (%2)</source>
        <translation>%1: フォルダを読み取れません（%2）</translation>
    </message>
</context>
<context>
    <name>FileRegister</name>
    <message>
        <source>the organization has no retention schedule (保存期間表)</source>
        <translation>組織に保存期間表がありません</translation>
    </message>
    <message>
        <source>Creating a 簿冊</source>
        <translation>簿冊の作成</translation>
    </message>
    <message>
        <source>a 簿冊 needs a name</source>
        <translation>簿冊には名称が必要です</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>location</source>
        <translation>保存場所</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>%1 is not a fiscal year</source>
        <translation>%1 は年度ではありません</translation>
    </message>
    <message>
        <source>unit %1 does not exist</source>
        <translation>所属 %1 は存在しません</translation>
    </message>
    <message>
        <source>classification %1 is not in the 分類表 of %2</source>
        <translation>分類 %1 は %2 の分類表にありません</translation>
    </message>
    <message>
        <source>classification %1 (%2) has entries below it: a 簿冊 is made from a leaf</source>
        <translation>分類 %1（%2）には下位の分類があります。簿冊は最下位の分類から作成します</translation>
    </message>
    <message>
        <source>the 保存期間 %1 is shorter than classification %2 (%3) allows: %4 at least</source>
        <translation>保存期間 %1 は分類 %2（%3）で定める期間より短いため設定できません。%4 以上にしてください</translation>
    </message>
    <message>
        <source>a 簿冊 without a classification needs its 保存期間 and 満了時の措置</source>
        <translation>分類のない簿冊には保存期間と満了時の措置が必要です</translation>
    </message>
    <message>
        <source>the 措置 at expiry is 移管 or 廃棄; 延長 is decided later</source>
        <translation>満了時の措置は移管か廃棄です。延長は満了時に決裁で決めます</translation>
    </message>
    <message>
        <source>%1長</source>
        <translation>%1長</translation>
    </message>
    <message>
        <source>%1 has a 簿冊 &quot;%2&quot; for %3 already</source>
        <translation>%1 には %3 年度の簿冊「%2」がすでにあります</translation>
    </message>
    <message>
        <source>Creating the new year&apos;s 簿冊</source>
        <translation>新年度の簿冊の作成</translation>
    </message>
    <message>
        <source>Closing a 簿冊</source>
        <translation>簿冊の完結</translation>
    </message>
    <message>
        <source>簿冊 %1 does not exist</source>
        <translation>簿冊 %1 は存在しません</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2) is closed already</source>
        <translation>簿冊 %1（%2）はすでに完結しています</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2) holds %3 document(s) still drafted or in review: finish or move them first</source>
        <translation>簿冊 %1（%2）には起案中または回議中の文書が %3 件あります。先に処理を終えるか、ほかの簿冊に移してください</translation>
    </message>
    <message>
        <source>Moving a document to another 簿冊</source>
        <translation>文書の簿冊の移し替え</translation>
    </message>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 は存在しません</translation>
    </message>
    <message>
        <source>document %1 is in 簿冊 %2, which is closed: it stays there</source>
        <translation>文書 %1 の簿冊 %2 は完結しているため、移し替えられません</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2) is closed</source>
        <translation>簿冊 %1（%2）は完結しています</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2) belongs to another 課: a document moves within its 課</source>
        <translation>簿冊 %1（%2）はほかの課の簿冊です。文書は同じ課の簿冊にのみ移し替えられます</translation>
    </message>
    <message>
        <source>Handing 簿冊 to a successor 課</source>
        <translation>簿冊の後継課への引継ぎ</translation>
    </message>
    <message>
        <source>the former and the successor 課 must both exist</source>
        <translation>旧課と後継課の両方が存在する必要があります</translation>
    </message>
    <message>
        <source>the successor 課 is the same as the former one</source>
        <translation>後継課が旧課と同じです</translation>
    </message>
    <message>
        <source>簿冊 %1 is not a 簿冊 of %2</source>
        <translation>簿冊 %1 は %2 の簿冊ではありません</translation>
    </message>
</context>
<context>
    <name>FilingCatalog</name>
    <message>
        <source>簿冊 %1 does not exist</source>
        <translation>簿冊 %1 は存在しません</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2) is closed (完結): nothing more is filed into it</source>
        <translation>簿冊 %1（%2）は完結しています。これ以上文書を綴ることはできません</translation>
    </message>
</context>
<context>
    <name>FilingClassCsvImporter</name>
    <message>
        <source>Importing the classification (文書分類表)</source>
        <translation>文書分類表の取込み</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：ファイルが空です</translation>
    </message>
    <message>
        <source>%1: line %2, column &quot;%3&quot;: %4</source>
        <translation>%1：%2 行目、列「%3」：%4</translation>
    </message>
    <message>
        <source>unknown column; expected code, parent, name, retention, disposition</source>
        <translation>不明な列です。code、parent、name、retention、disposition（または分類コード、上位コード、名称、保存期間、満了時の措置）を指定してください</translation>
    </message>
    <message>
        <source>%1: line %2: the column &quot;%3&quot; is missing</source>
        <translation>%1：%2 行目：列「%3」がありません</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空欄です</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; appears twice (also on line %2)</source>
        <translation>コード「%1」が重複しています（%2 行目にもあります）</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is in the 課&apos;s classification already</source>
        <translation>コード「%1」はすでに課の分類表にあります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a retention period (1年未満, 1, 3, 5, 10, 30年, 常用)</source>
        <translation>「%1」は保存期間ではありません（1年未満、1、3、5、10、30年、常用）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 移管 or 廃棄</source>
        <translation>「%1」は移管でも廃棄でもありません</translation>
    </message>
    <message>
        <source>the parents form a cycle: %1</source>
        <translation>上位コードが循環しています：%1</translation>
    </message>
    <message>
        <source>the parent &quot;%1&quot; is neither in the file nor in the 課&apos;s classification</source>
        <translation>上位コード「%1」はファイルにも課の分類表にもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be on level %2: the classification has four (大・中・小・細分類)</source>
        <translation>「%1」は第 %2 階層になります。分類表は4階層（大・中・小・細分類）までです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no entry below it: it needs its 保存期間 and 満了時の措置</source>
        <translation>「%1」には下位の分類がないため、保存期間と満了時の措置が必要です</translation>
    </message>
</context>
<context>
    <name>FilingClassStore</name>
    <message>
        <source>Changing the classification (文書分類表)</source>
        <translation>文書分類表の変更</translation>
    </message>
    <message>
        <source>a classification needs a code and a name</source>
        <translation>分類にはコードと名称が必要です</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the classification code &quot;%1&quot; exists already in this 課</source>
        <translation>分類コード「%1」はこの課にすでにあります</translation>
    </message>
    <message>
        <source>the parent classification &quot;%1&quot; does not exist in this 課</source>
        <translation>上位の分類「%1」はこの課にありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be a fifth level: the classification has four (大・中・小・細分類)</source>
        <translation>「%1」は第5階層になります。分類表は4階層（大・中・小・細分類）までです</translation>
    </message>
    <message>
        <source>a classification needs a name</source>
        <translation>分類には名称が必要です</translation>
    </message>
    <message>
        <source>a leaf has both a default 保存期間 and a default 措置 (移管 or 廃棄), other entries neither</source>
        <translation>末端の分類には既定の保存期間と措置（移管または廃棄）の両方を、それ以外の分類にはどちらも設定しません</translation>
    </message>
    <message>
        <source>classification %1 does not exist</source>
        <translation>分類 %1 は存在しません</translation>
    </message>
    <message>
        <source>classification %1 (%2) has entries below it: only a leaf has a default 保存期間</source>
        <translation>分類 %1（%2）の下に分類があります。既定の保存期間は末端の分類にだけ設定します</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2), made from %3, keeps %4: the default cannot become longer (%5)</source>
        <translation>%3 から作成した簿冊 %1（%2）の保存期間は %4 です。既定をそれより長く（%5）することはできません</translation>
    </message>
    <message>
        <source>classification %1 (%2) has %3 entries below it</source>
        <translation>分類 %1（%2）の下に %3 件の分類があります</translation>
    </message>
    <message>
        <source>classification %1 (%2) is used by %3 簿冊</source>
        <translation>分類 %1（%2）は %3 冊の簿冊で使われています</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>SQLite file or postgresql://user@host:port/dbname</source>
        <translation>SQLite ファイル、または postgresql://ユーザー@ホスト:ポート/データベース名</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Act as another user (administrators only)</source>
        <translation>他の職員として操作します（管理者のみ）</translation>
    </message>
    <message>
        <source>login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>User interface language: ja or en</source>
        <translation>画面の言語: ja または en</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Kessai: document management and electronic approval (文書管理・電子決裁)</source>
        <translation>Kessai（決裁）: 文書管理・電子決裁</translation>
    </message>
    <message>
        <source>A document link, kessai://NUMBER or a .kessai file: opens that document&apos;s single view</source>
        <translation>文書へのリンク（kessai://番号 または .kessai ファイル）: その文書を一覧表示で開きます</translation>
    </message>
    <message>
        <source>[options] [link]</source>
        <translation>[オプション] [リンク]</translation>
    </message>
    <message>
        <source>The desktop application of Kessai: draft documents (起案) and attach files, review every attachment in one scrolling view (一覧表示), approve in sequence (回議・合議・決裁), on an embedded SQLite file or an office&apos;s PostgreSQL server.

One window runs per user and database: starting kessai again on the same database, or opening a document link, brings that window to the front and opens the document there.</source>
        <translation>Kessai のデスクトップアプリケーションです。文書を起案してファイルを添付し、すべての添付を一つのスクロール表示（一覧表示） で確認し、順に回議・合議・決裁します。内蔵の SQLite ファイルでも庁内の PostgreSQL サーバーでも動きます。

ウィンドウは利用者とデータベースごとに一つです。同じデータベースで kessai をもう一度起動したり文書へのリンクを開いたりすると、そのウィンドウが前面に出て、そこで文書が開きます。</translation>
    </message>
    <message>
        <source>Show the help and exit.</source>
        <translation>ヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the help, with Qt&apos;s own options, and exit.</source>
        <translation>Qt 自身のオプションも含めたヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>ARGUMENTS</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>A link file: a [Kessai Link] section with Database=URL and Document=NUMBER lines.</source>
        <translation>リンクファイル: [Kessai Link] の節に Database=URL と Document=番号 の行を書いたもの。</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>The database when --database is not given.</source>
        <translation>--database を指定しないときのデータベース。</translation>
    </message>
    <message>
        <source>The password for a PostgreSQL server (else ~/.pgpass, a Kerberos ticket or the keychain).</source>
        <translation>PostgreSQL サーバーのパスワード（なければ ~/.pgpass、Kerberos チケットまたはキーチェーン）。</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The embedded database made on the first start.</source>
        <translation>初回起動時に作られる内蔵データベース。</translation>
    </message>
    <message>
        <source>Settings: the last database, editing applications.</source>
        <translation>設定: 最後に開いたデータベース、編集に使うアプリケーション。</translation>
    </message>
    <message>
        <source>give one document link, not %1</source>
        <translation>文書へのリンクは一つだけ指定してください（%1 個あります）</translation>
    </message>
    <message>
        <source>links will open new windows (cannot listen on %1: %2)</source>
        <translation>リンクは新しいウィンドウで開きます（%1 で待ち受けできません: %2）</translation>
    </message>
</context>
<context>
    <name>HotFolder</name>
    <message>
        <source>the hot folder %1 does not exist or cannot be read</source>
        <translation>ホットフォルダ %1 が存在しないか、読み込めません</translation>
    </message>
    <message>
        <source>new: waiting until it stops changing</source>
        <translation>新着: 変化が止まるのを待っています</translation>
    </message>
    <message>
        <source>still being written: its size or time changed</source>
        <translation>書き込み中: サイズまたは更新時刻が変わりました</translation>
    </message>
    <message>
        <source>waiting until it stops changing</source>
        <translation>変化が止まるのを待っています</translation>
    </message>
    <message>
        <source>locked by the scanner (%1.lock is there)</source>
        <translation>スキャナーがロックしています（%1.lock があります）</translation>
    </message>
    <message>
        <source>the file is empty: nothing to register</source>
        <translation>ファイルが空です。登録する内容がありません</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot be opened, perhaps still held by the scanner: %1</source>
        <translation>開けません。スキャナーがまだ使用中の可能性があります: %1</translation>
    </message>
    <message>
        <source>%1 is not ready to be registered: %2</source>
        <translation>%1 はまだ登録できません: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being read (%2 bytes instead of %3): it stays</source>
        <translation>%1 は読み込み中に変更されました（%3 バイトのはずが %2 バイト）。フォルダに残します</translation>
    </message>
    <message>
        <source>%1 changed after it was registered: it stays in the folder</source>
        <translation>%1 は登録後に変更されました。フォルダに残します</translation>
    </message>
    <message>
        <source>%1 is registered as %2 but could not be removed: %3</source>
        <translation>%1 は %2 として登録しましたが、フォルダから削除できませんでした: %3</translation>
    </message>
    <message>
        <source>%1 is no longer in the hot folder: another client may have registered it</source>
        <translation>%1 はもうホットフォルダにありません。別の端末が登録した可能性があります</translation>
    </message>
    <message>
        <source>%1 changed since it was listed: it stays, look again</source>
        <translation>%1 は一覧表示の後に変更されました。フォルダに残します。もう一度確認してください</translation>
    </message>
</context>
<context>
    <name>ImagePageSource</name>
    <message>
        <source>No decoder for WebP images is installed.</source>
        <translation>WebP 画像のデコーダーがインストールされていません。</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>画像を読み込めません: %1</translation>
    </message>
    <message>
        <source>The image has no pages.</source>
        <translation>画像にページがありません。</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels, more than Kessai shows (%3 megapixels at most).</source>
        <translation>画像が %1 × %2 ピクセルあり、Kessai で表示できる大きさ（最大 %3 メガピクセル）を超えています。</translation>
    </message>
</context>
<context>
    <name>InboxCommands</name>
    <message>
        <source>Lists the ids of the documents waiting for you (未決), one a line, newest first: your steps that are due, those of absent users you are the proxy for, and 後閲 owed to you. With --json, an array of the documents with their number, status, title, drafter and unit. An administrator sees another user&apos;s with --as LOGIN.</source>
        <translation>自分の未決の文書の ID を、新しい順に1行に1つずつ表示します: 自分の番が来たステップ、自分が代理者となっている不在の職員のステップ、自分が行うべき後閲。--json では、文書番号・状態・件名・起案者・所属を含む文書の配列を出力します。管理者は --as LOGIN で他の職員の未決を表示できます。</translation>
    </message>
</context>
<context>
    <name>ManPage</name>
    <message>
        <source>User Commands</source>
        <translation>ユーザーコマンド</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>書式</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>関連項目</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>%1 is not a Kessai database; it was left unchanged</source>
        <translation>%1 は Kessai のデータベースではありません。データベースは変更していません</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Kessai (schema %2; this version knows up to %3); it was left unchanged</source>
        <translation>%1 は新しいバージョンの Kessai で作成されています（スキーマ %2。このバージョンが扱えるのは %3 まで）。データベースは変更していません</translation>
    </message>
    <message>
        <source>schema migration %1 (%2) failed: %3</source>
        <translation>スキーマの更新 %1（%2）に失敗しました: %3</translation>
    </message>
    <message>
        <source>%1 has schema %2 and this version of Kessai needs %3: ask the server&apos;s administrator to run kessai-cli server upgrade; nothing was changed</source>
        <translation>%1 のスキーマは %2 ですが、この版の Kessai には %3 が必要です: サーバーの管理者に kessai-cli server upgrade の実行を依頼してください。何も変更していません</translation>
    </message>
    <message>
        <source>%1 has schema %2 and must be upgraded, but its backup copy %3 could not be written (%4); nothing was changed</source>
        <translation>%1 はスキーマ %2 のため更新が必要ですが、バックアップ %3 を書き込めませんでした（%4）。何も変更していません</translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>Tesseract could not load its Japanese data (%1): install tesseract-ocr-jpn and tesseract-ocr-jpn-vert</source>
        <translation>Tesseract の日本語データ（%1）を読み込めませんでした: tesseract-ocr-jpn と tesseract-ocr-jpn-vert をインストールしてください</translation>
    </message>
    <message>
        <source>the image is empty or too small to read</source>
        <translation>画像が空か、小さすぎて読み取れません</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <source>OCR gave up after %1 s (time limit)</source>
        <translation>文字認識を %1 秒で打ち切りました（制限時間）</translation>
    </message>
    <message>
        <source>Tesseract could not read the image</source>
        <translation>Tesseract が画像を読み取れませんでした</translation>
    </message>
    <message>
        <source>no text was found on the image</source>
        <translation>画像に文字が見つかりませんでした</translation>
    </message>
</context>
<context>
    <name>OfficeArchiveCheck</name>
    <message>
        <source>The document is refused: it holds more than %1 parts (Kessai converts at most %2).</source>
        <translation>この文書は受け付けません: 内部の部品が %1 個を超えています（Kessai で変換できるのは %2 個までです）。</translation>
    </message>
    <message>
        <source>The document is refused: it would inflate to %1 when opened (Kessai converts at most %2).</source>
        <translation>この文書は受け付けません: 開くと %1 に展開されます（Kessai で変換できるのは %2 までです）。</translation>
    </message>
</context>
<context>
    <name>OfficeBridge</name>
    <message>
        <source>Kessai&apos;s helper script %1 was not found.</source>
        <translation>決裁の補助スクリプト %1 が見つかりません。</translation>
    </message>
    <message>
        <source>LibreOffice could not be started: %1</source>
        <translation>LibreOffice を起動できませんでした: %1</translation>
    </message>
    <message>
        <source>LibreOffice did not answer within %1 s.</source>
        <translation>LibreOffice が %1 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>No Python with LibreOffice&apos;s UNO bridge (python3-uno) was found (%1).</source>
        <translation>LibreOffice の UNO ブリッジ (python3-uno) を使える Python が見つかりません (%1)。</translation>
    </message>
    <message>
        <source>LibreOffice could not be reached.</source>
        <translation>LibreOffice に接続できませんでした。</translation>
    </message>
    <message>
        <source>The conversion was cancelled.</source>
        <translation>変換を中止しました。</translation>
    </message>
    <message>
        <source>Kessai&apos;s LibreOffice helper ended.</source>
        <translation>決裁の LibreOffice 補助プログラムが終了しました。</translation>
    </message>
    <message>
        <source>LibreOffice ended (exit status %1).</source>
        <translation>LibreOffice が終了しました (終了コード %1)。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>LibreOffice is not running.</source>
        <translation>LibreOffice が起動していません。</translation>
    </message>
</context>
<context>
    <name>OfficeConverter</name>
    <message>
        <source>LibreOffice produced no PDF.</source>
        <translation>LibreOffice が PDF を出力しませんでした。</translation>
    </message>
    <message>
        <source>LibreOffice&apos;s output is not a PDF.</source>
        <translation>LibreOffice の出力が PDF ではありません。</translation>
    </message>
    <message>
        <source>LibreOffice produced a PDF that cannot be read.</source>
        <translation>LibreOffice が出力した PDF を読み込めません。</translation>
    </message>
    <message>
        <source>LibreOffice produced a PDF with an unreadable page %1.</source>
        <translation>LibreOffice が出力した PDF の %1 ページ目を読み込めません。</translation>
    </message>
    <message>
        <source>LibreOffice (soffice) is not installed.</source>
        <translation>LibreOffice（soffice）がインストールされていません。</translation>
    </message>
    <message>
        <source>No temporary folder for LibreOffice could be made.</source>
        <translation>LibreOffice 用の一時フォルダを作成できませんでした。</translation>
    </message>
    <message>
        <source>LibreOffice could not be started: %1</source>
        <translation>LibreOffice を起動できませんでした: %1</translation>
    </message>
    <message>
        <source>The conversion was cancelled.</source>
        <translation>変換を中止しました。</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the document: the file is damaged or not in a format it reads.</source>
        <translation>LibreOffice で文書を変換できませんでした: ファイルが壊れているか、読み込めない形式です。</translation>
    </message>
    <message>
        <source>LibreOffice could not open the document: it is damaged, protected by a password, or in a format LibreOffice does not read.</source>
        <translation>LibreOffice で文書を開けませんでした: ファイルが壊れているか、パスワードで保護されているか、LibreOffice が読み込めない形式です。</translation>
    </message>
    <message>
        <source>LibreOffice cannot turn this kind of document into a PDF.</source>
        <translation>この種類の文書は LibreOffice で PDF に変換できません。</translation>
    </message>
    <message>
        <source>LibreOffice opened the document but could not write its PDF.</source>
        <translation>LibreOffice で文書は開けましたが、PDF を書き出せませんでした。</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the document.</source>
        <translation>LibreOffice で文書を変換できませんでした。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>LibreOffice did not finish within %1 s and was stopped; the other documents were converted without it.</source>
        <translation>LibreOffice が %1 秒以内に終了しなかったため停止しました。ほかの文書はこの文書を除いて変換しました。</translation>
    </message>
    <message>
        <source>LibreOffice stopped while converting the document (exit status %1).</source>
        <translation>LibreOffice が文書の変換中に停止しました（終了コード %1）。</translation>
    </message>
</context>
<context>
    <name>OfficeListCommands</name>
    <message>
        <source>Lists the office&apos;s paper reasons (紙決裁の理由) in force: code, name, needs_text.</source>
        <translation>現行の紙決裁の理由を一覧します: コード、名称、needs_text（理由詳細の要否）。</translation>
    </message>
    <message>
        <source>Lists the office&apos;s decision kinds (文書の種類) in force: code, name.</source>
        <translation>現行の文書の種類を一覧します: コード、名称。</translation>
    </message>
    <message>
        <source>An administrator changes the list: add CODE NAME, rename CODE NAME, retire CODE (no longer offered; the documents that carry it keep it) or restore CODE. An entry is never deleted and keeps its code.</source>
        <translation>管理者は一覧を変更できます: add コード 名称（追加）、rename コード 名称（名称変更）、retire コード（廃止: 選択肢に出なくなり、付いている文書はそのまま）、restore コード（復活）。項目は削除されず、コードも変わりません。</translation>
    </message>
    <message>
        <source>list (the default), add, rename, retire or restore.</source>
        <translation>list（既定）、add、rename、retire、restore のいずれか。</translation>
    </message>
    <message>
        <source>[ACTION CODE [NAME]]</source>
        <translation>[操作 コード [名称]]</translation>
    </message>
    <message>
        <source>list: retired entries too, with an active column.</source>
        <translation>list: 廃止した項目も active 列付きで表示します。</translation>
    </message>
    <message>
        <source>add: the reason needs words saying why (like その他).</source>
        <translation>add: その他のように理由詳細の記入を必要とする理由にします。</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: list, add, rename, retire or restore</source>
        <translation>不明な操作「%1」: list、add、rename、retire、restore のいずれかです</translation>
    </message>
    <message>
        <source>%1 needs a CODE and a NAME</source>
        <translation>%1 にはコードと名称が必要です</translation>
    </message>
    <message>
        <source>%1 needs a CODE</source>
        <translation>%1 にはコードが必要です</translation>
    </message>
</context>
<context>
    <name>OfficeListStore</name>
    <message>
        <source>%1: no entry with the code &quot;%2&quot;</source>
        <translation>%1: コード「%2」の項目はありません</translation>
    </message>
    <message>
        <source>%1: the name is empty</source>
        <translation>%1: 名称が空です</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; already names an entry</source>
        <translation>%1: 「%2」は既に他の項目のコードまたは名称です</translation>
    </message>
    <message>
        <source>Changing the office&apos;s lists</source>
        <translation>事務局の一覧の変更</translation>
    </message>
    <message>
        <source>%1: the code &quot;%2&quot; is not 1 to 40 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>%1: コード「%2」は英数字・「-」・「_」の1～40文字ではありません</translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <source>Adds a unit (department, division, section or office).</source>
        <translation>所属（部・課・係・その他）を追加します。</translation>
    </message>
    <message>
        <source>Short code, unique, used in document numbers (e.g. the division&apos;s abbreviation).</source>
        <translation>文書番号に使う一意の略称（例: 課の略称）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Full name of the unit.</source>
        <translation>所属の正式名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>department, division, section or office.</source>
        <translation>department（部）、division（課）、section（係）、office（その他）。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>階層</translation>
    </message>
    <message>
        <source>Code of the unit it belongs to.</source>
        <translation>上位の所属のコード。</translation>
    </message>
    <message>
        <source>Sort order among its siblings (a number).</source>
        <translation>同じ階層での並び順（数値）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>--level &quot;%1&quot; is not department, division, section or office</source>
        <translation>--level「%1」は department、division、section、office のいずれでもありません</translation>
    </message>
    <message>
        <source>--order &quot;%1&quot; is not a number</source>
        <translation>--order「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>--parent: no unit with code &quot;%1&quot;</source>
        <translation>--parent: コード「%1」の所属はありません</translation>
    </message>
    <message>
        <source>Lists the units: id, code, name, level, parent code, order, active (yes/no).</source>
        <translation>所属を表示します: ID、コード、名称、階層、上位コード、並び順、有効（yes/no）。</translation>
    </message>
    <message>
        <source>Include inactive units.</source>
        <translation>無効な所属も含めます。</translation>
    </message>
    <message>
        <source>Adds a member of staff. The login is their operating-system account (SQLite) or their PostgreSQL role.</source>
        <translation>職員を追加します。ログイン名は OS のアカウント（SQLite）または PostgreSQL のロールです。</translation>
    </message>
    <message>
        <source>Login name.</source>
        <translation>ログイン名。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>表示名。</translation>
    </message>
    <message>
        <source>Reading of the name in kana, for sorting.</source>
        <translation>並べ替え用の氏名のよみがな。</translation>
    </message>
    <message>
        <source>kana</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Job title, as in the title list.</source>
        <translation>役職（役職一覧にあるもの）。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Code of the unit they belong to.</source>
        <translation>所属のコード。</translation>
    </message>
    <message>
        <source>Comma-separated roles: clerk, approver, records_manager, admin (default: clerk).</source>
        <translation>権限をカンマ区切りで: clerk、approver、records_manager、admin（既定: clerk）。</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>--roles: unknown role &quot;%1&quot; (clerk, approver, records_manager, admin)</source>
        <translation>--roles: 不明な権限「%1」（clerk、approver、records_manager、admin）</translation>
    </message>
    <message>
        <source>--title: unknown title &quot;%1&quot;</source>
        <translation>--title: 不明な役職「%1」</translation>
    </message>
    <message>
        <source>--unit: no unit with code &quot;%1&quot;</source>
        <translation>--unit: コード「%1」の所属はありません</translation>
    </message>
    <message>
        <source>Include inactive users.</source>
        <translation>無効な利用者も含めます。</translation>
    </message>
    <message>
        <source>Telephone extension (内線), shown on the cover sheet.</source>
        <translation>内線番号（起案用紙に表示）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Lists the staff: id, login, name, kana, title, unit code, roles, active (yes/no), extension.</source>
        <translation>職員を一覧表示します: ID、ログイン名、氏名、かな、職、所属コード、役割、有効（yes/no）、内線。</translation>
    </message>
</context>
<context>
    <name>OrgCsvImporter</name>
    <message>
        <source>is empty</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <source>%1: line %2, column &quot;%3&quot;: %4</source>
        <translation>%1: %2 行目「%3」列: %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>「%1」は yes でも no でもありません</translation>
    </message>
    <message>
        <source>importing the organization</source>
        <translation>組織の取り込み</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: ファイルが空です</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: unknown column &quot;%4&quot;; expected %5</source>
        <translation>%1: %2 行目 %3 列目: 不明な列「%4」。使える列: %5</translation>
    </message>
    <message>
        <source>%1: line %2: column &quot;%3&quot; appears twice</source>
        <translation>%1: %2 行目: 列「%3」が重複しています</translation>
    </message>
    <message>
        <source>%1: line 1: the header has no &quot;record&quot; column</source>
        <translation>%1: 1 行目: 見出し行に「record」列がありません</translation>
    </message>
    <message>
        <source>(end)</source>
        <translation>（行末）</translation>
    </message>
    <message>
        <source>more fields than the header has</source>
        <translation>項目数が見出し行より多くなっています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not department, division, section or office</source>
        <translation>「%1」は department、division、section、office（部、課、係、その他）のいずれでもありません</translation>
    </message>
    <message>
        <source>no unit with code &quot;%1&quot; (define parents above their children)</source>
        <translation>コード「%1」の所属はありません（上位の所属は下位の所属より前の行に記載してください）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation>所属を自身の上位の所属にすることはできません</translation>
    </message>
    <message>
        <source>unknown title &quot;%1&quot;</source>
        <translation>不明な役職「%1」</translation>
    </message>
    <message>
        <source>no unit with code &quot;%1&quot;</source>
        <translation>コード「%1」の所属はありません</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (clerk, approver, records_manager, admin)</source>
        <translation>不明な権限「%1」（clerk、approver、records_manager、admin）</translation>
    </message>
    <message>
        <source>the import would remove your own administrator role</source>
        <translation>取り込むと自分自身の管理者権限がなくなります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither unit nor user</source>
        <translation>「%1」は unit でも user でもありません</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: %2 行目: %3</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1（%2 行目）</translation>
    </message>
    <message>
        <source>%1 (stored)</source>
        <translation>%1（登録済み）</translation>
    </message>
    <message>
        <source>the units would form a cycle: %1</source>
        <translation>所属の親子関係が循環します: %1</translation>
    </message>
    <message>
        <source>the import would deactivate your own account</source>
        <translation>取り込むとあなた自身のアカウントが無効になります</translation>
    </message>
</context>
<context>
    <name>OrgStore</name>
    <message>
        <source>login &quot;%1&quot; is not valid: use 1-63 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>ログイン名「%1」は使用できません。半角英数字と「_」「.」「-」の 1～63 文字で指定してください</translation>
    </message>
    <message>
        <source>adding a unit</source>
        <translation>所属の追加</translation>
    </message>
    <message>
        <source>a unit needs a code and a name</source>
        <translation>所属にはコードと名称が必要です</translation>
    </message>
    <message>
        <source>unit code &quot;%1&quot; already exists</source>
        <translation>所属コード「%1」はすでに存在します</translation>
    </message>
    <message>
        <source>parent unit %1 does not exist</source>
        <translation>上位の所属 %1 は存在しません</translation>
    </message>
    <message>
        <source>changing a unit</source>
        <translation>所属の変更</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; needs a name</source>
        <translation>所属「%1」には名称が必要です</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; cannot be its own parent</source>
        <translation>所属「%1」を自身の上位の所属にすることはできません</translation>
    </message>
    <message>
        <source>unit %1 does not exist</source>
        <translation>所属 %1 は存在しません</translation>
    </message>
    <message>
        <source>adding a title</source>
        <translation>役職の追加</translation>
    </message>
    <message>
        <source>a title needs a name</source>
        <translation>役職には名称が必要です</translation>
    </message>
    <message>
        <source>adding a user</source>
        <translation>職員の追加</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; needs a display name</source>
        <translation>職員「%1」には表示名が必要です</translation>
    </message>
    <message>
        <source>login &quot;%1&quot; already exists</source>
        <translation>ログイン名「%1」はすでに存在します</translation>
    </message>
    <message>
        <source>changing a user</source>
        <translation>職員の変更</translation>
    </message>
    <message>
        <source>user %1 does not exist</source>
        <translation>職員 %1 は存在しません</translation>
    </message>
    <message>
        <source>registering another user&apos;s absence</source>
        <translation>他の職員の不在の登録</translation>
    </message>
    <message>
        <source>an absence needs a start and an end date, the end not before the start</source>
        <translation>不在には開始日と終了日が必要です（終了日は開始日以降）</translation>
    </message>
    <message>
        <source>a user cannot be their own proxy</source>
        <translation>本人を自身の代理者にすることはできません</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; cannot be placed there: the units would form a cycle (%2)</source>
        <translation>所属「%1」はそこに置けません: 所属の親子関係が循環します（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and stays one: make another user an administrator first</source>
        <translation>「%1」は最後の有効な管理者のため、無効にすることも管理者の役割を外すこともできません。先に別の利用者を管理者にしてください</translation>
    </message>
    <message>
        <source>extension &quot;%1&quot; is not valid: use at most 20 digits, spaces or &apos;-&apos;, &apos;+&apos;, &apos;(&apos;, &apos;)&apos;, &apos;#&apos;, &apos;*&apos;</source>
        <translation>内線「%1」は使えません: 数字・空白・「-」「+」「(」「)」「#」「*」の 20 文字以内で指定してください</translation>
    </message>
</context>
<context>
    <name>OrganizationSetup</name>
    <message>
        <source>the organization needs a name</source>
        <translation>組織名を入力してください</translation>
    </message>
    <message>
        <source>the administrator needs a display name</source>
        <translation>管理者の表示名を入力してください</translation>
    </message>
    <message>
        <source>%1 already has an organization (%2)</source>
        <translation>%1 にはすでに組織（%2）があります</translation>
    </message>
</context>
<context>
    <name>PageSourceFactory</name>
    <message>
        <source>The attachment&apos;s content is not available.</source>
        <translation>添付の内容を取得できません。</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>ファイルが空です（0 バイト）。</translation>
    </message>
    <message>
        <source>The document is being converted to PDF; its pages appear here when that is done.</source>
        <translation>文書を PDF に変換中です。変換が終わるとここにページが表示されます。</translation>
    </message>
    <message>
        <source>The PDF converted from this document cannot be read: %1</source>
        <translation>この文書から変換した PDF を読み込めません: %1</translation>
    </message>
    <message>
        <source>This file cannot be shown: %1.</source>
        <translation>このファイルは表示できません: %1。</translation>
    </message>
    <message>
        <source>Kessai cannot show this type of file. Open it with another application.</source>
        <translation>この種類のファイルは Kessai では表示できません。別のアプリケーションで開いてください。</translation>
    </message>
</context>
<context>
    <name>PaperCommands</name>
    <message>
        <source>Registers a decision made on paper (書面決裁): it is numbered like an electronic one and counts in the 電子決裁率 as paper. Prints its id, 文書番号 and fiscal year.</source>
        <translation>紙で行った決裁（書面決裁）を登録します。電子決裁と同じく文書番号が付き、電子決裁率では紙として数えます。ID、文書番号、年度を表示します。</translation>
    </message>
    <message>
        <source>件名 (title).</source>
        <translation>件名。</translation>
    </message>
    <message>
        <source>Login of the 起案者 (drafter).</source>
        <translation>起案者のログイン名。</translation>
    </message>
    <message>
        <source>Code of the unit it belongs to.</source>
        <translation>所属のコード。</translation>
    </message>
    <message>
        <source>The 決裁者 as written on the paper.</source>
        <translation>紙に記された決裁者。</translation>
    </message>
    <message>
        <source>起案日, YYYY-MM-DD.</source>
        <translation>起案日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>決裁日, YYYY-MM-DD.</source>
        <translation>決裁日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Reason code or name (kessai-cli paper reasons).</source>
        <translation>理由のコードまたは名称（kessai-cli paper reasons）。</translation>
    </message>
    <message>
        <source>Why, in words (needed for その他).</source>
        <translation>理由の説明（「その他」では必須）。</translation>
    </message>
    <message>
        <source>決裁区分 code or name.</source>
        <translation>決裁区分のコードまたは名称。</translation>
    </message>
    <message>
        <source>簿冊 of the unit in the fiscal year of the 起案日.</source>
        <translation>起案日の年度の、所属の簿冊。</translation>
    </message>
    <message>
        <source>The 文書番号 already given on paper (default: the next of the unit).</source>
        <translation>紙で既に付けた文書番号（省略時は所属の次の番号）。</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>A 秘 document.</source>
        <translation>秘文書。</translation>
    </message>
    <message>
        <source>--%1 (%2): %3</source>
        <translation>--%1（%2）：%3</translation>
    </message>
    <message>
        <source>Registers the paper decisions of a CSV file, all or nothing (columns: 件名, 起案者, 所属, 決裁者, 起案日, 決裁日, 理由; optional 決裁区分, 簿冊, 理由詳細, 文書番号, 秘). Prints how many.</source>
        <translation>CSVファイルの書面決裁を一括で登録します。すべて登録するか、何も登録しません（列：件名、起案者、所属、決裁者、起案日、決裁日、理由。任意：決裁区分、簿冊、理由詳細、文書番号、秘）。登録件数を表示します。</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSVファイル。</translation>
    </message>
    <message>
        <source>utf-8 (default) or shift_jis.</source>
        <translation>utf-8（既定）または shift_jis。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>no CSV file given</source>
        <translation>CSVファイルが指定されていません</translation>
    </message>
    <message>
        <source>--encoding &quot;%1&quot; is not utf-8 or shift_jis</source>
        <translation>--encoding「%1」は utf-8 でも shift_jis でもありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n paper decision(s) registered</source>
        <translation>
            <numerusform>書面決裁を %n 件登録しました</numerusform>
        </translation>
    </message>
    <message>
        <source>A 文書管理者 records that an undecided document was decided on paper: it becomes 決裁済（紙決裁）, audited with the reason. Prints its 文書番号.</source>
        <translation>文書管理者が、未決の文書が紙で決裁されたことを記録します。文書は決裁済（紙決裁）となり、理由とともに監査ログに記録されます。文書番号を表示します。</translation>
    </message>
    <message>
        <source>The document&apos;s id.</source>
        <translation>文書のID。</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文</translation>
    </message>
    <message>
        <source>決裁日, YYYY-MM-DD (default: today).</source>
        <translation>決裁日（YYYY-MM-DD、省略時は今日）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>--decided is not a date (YYYY-MM-DD)</source>
        <translation>--decided が日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>--reason: &quot;%1&quot; is not in the office&apos;s list of paper reasons</source>
        <translation>--reason：「%1」は紙決裁の理由一覧にありません</translation>
    </message>
    <message>
        <source>document %1 (%2) was decided on paper</source>
        <translation>文書 %1（%2）を紙決裁にしました</translation>
    </message>
    <message>
        <source>Decision kind (文書の種類), code or name (kessai-cli stats kinds).</source>
        <translation>文書の種類（コードまたは名称。kessai-cli stats kinds で一覧）。</translation>
    </message>
    <message>
        <source>A scan of the paper (PDF or image), attached to the decision.</source>
        <translation>紙の原議のスキャン（PDF または画像）。決裁に添付します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>PaperCsvImporter</name>
    <message>
        <source>%1: the text is not Shift_JIS</source>
        <translation>%1：Shift_JIS のテキストではありません</translation>
    </message>
    <message>
        <source>%1: line %2 is not UTF-8 text</source>
        <translation>%1：%2 行目が UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>%1: line %2 is Shift_JIS, not UTF-8 (Excel&apos;s plain &quot;CSV&quot;): save the file as &quot;CSV UTF-8&quot;, or say it is Shift_JIS (--encoding shift_jis)</source>
        <translation>%1：%2 行目は UTF-8 ではなく Shift_JIS です（Excel の「CSV」形式）。「CSV UTF-8」形式で保存し直すか、Shift_JIS であることを指定してください（--encoding shift_jis）</translation>
    </message>
    <message>
        <source>no user with the login &quot;%1&quot;</source>
        <translation>ログイン名「%1」の職員はいません</translation>
    </message>
    <message>
        <source>no unit with the code &quot;%1&quot;</source>
        <translation>コード「%1」の所属はありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the office&apos;s list of paper reasons</source>
        <translation>「%1」は紙決裁の理由一覧にありません</translation>
    </message>
    <message>
        <source>no 決裁区分 &quot;%1&quot;</source>
        <translation>決裁区分「%1」はありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」は数ではありません</translation>
    </message>
    <message>
        <source>the unit has no 簿冊 &quot;%1&quot; in fiscal year %2</source>
        <translation>所属には %2 年度の簿冊「%1」がありません</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：ファイルが空です</translation>
    </message>
    <message>
        <source>%1: line 1: the header lacks the column(s) %2</source>
        <translation>%1：1 行目：見出しに列 %2 がありません</translation>
    </message>
    <message>
        <source>%1: line %2, column &quot;%3&quot;: %4</source>
        <translation>%1：%2 行目、列「%3」：%4</translation>
    </message>
    <message>
        <source>the row has %1 of the %2 columns</source>
        <translation>この行には %2 列のうち %1 列しかありません</translation>
    </message>
    <message>
        <source>the number %1 is given twice in this file</source>
        <translation>番号 %1 がこのファイルで二度使われています</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1：%2 行目：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the office&apos;s list of decision kinds</source>
        <translation>「%1」は文書の種類の一覧にありません</translation>
    </message>
</context>
<context>
    <name>PaperDecisionStore</name>
    <message>
        <source>the reason is not in the office&apos;s list of paper reasons</source>
        <translation>理由が紙決裁の理由一覧にありません</translation>
    </message>
    <message>
        <source>the reason &quot;%1&quot; needs a text saying why</source>
        <translation>理由「%1」には説明が必要です</translation>
    </message>
    <message>
        <source>the title (件名) is empty</source>
        <translation>件名が空です</translation>
    </message>
    <message>
        <source>contains a NUL character (U+0000), which cannot be stored</source>
        <translation>保存できない NUL 文字（U+0000）が含まれています</translation>
    </message>
    <message>
        <source>no such unit</source>
        <translation>その所属はありません</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>その職員はいません</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>the 決裁日 %1 is before the 起案日 %2</source>
        <translation>決裁日 %1 が起案日 %2 より前です</translation>
    </message>
    <message>
        <source>the 決裁日 %1 is in the future</source>
        <translation>決裁日 %1 は未来の日付です</translation>
    </message>
    <message>
        <source>the 決裁者 is empty</source>
        <translation>決裁者が空です</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>数ではありません</translation>
    </message>
    <message>
        <source>%1 is already given in fiscal year %2</source>
        <translation>%1 は %2 年度に既に付けられています</translation>
    </message>
    <message>
        <source>%1 may not register a paper decision of %2</source>
        <translation>%1 は %2 の書面決裁を登録できません</translation>
    </message>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 はありません</translation>
    </message>
    <message>
        <source>only a 文書管理者 of its unit switches document %1 to paper</source>
        <translation>文書 %1 を紙決裁に切り替えられるのは、その所属の文書管理者だけです</translation>
    </message>
    <message>
        <source>document %1 is %2: only an undecided 決裁 document goes on paper</source>
        <translation>文書 %1 は %2 です。紙決裁に切り替えられるのは未決の決裁文書だけです</translation>
    </message>
    <message>
        <source>決裁者: the 決裁者 is empty</source>
        <translation>決裁者：決裁者が空です</translation>
    </message>
    <message>
        <source>決裁日: the 決裁日 %1 is not between the 起案日 and today</source>
        <translation>決裁日：決裁日 %1 が起案日から今日までの間にありません</translation>
    </message>
    <message>
        <source>not in the office&apos;s list of decision kinds</source>
        <translation>文書の種類の一覧にありません</translation>
    </message>
</context>
<context>
    <name>PdfA1b</name>
    <message>
        <source>it uses optional content (layers)</source>
        <translation>オプションコンテンツ（レイヤー）を使っています</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>the font %1 is not embedded</source>
        <translation>フォント %1 が埋め込まれていません</translation>
    </message>
    <message>
        <source>it uses transparency (soft mask)</source>
        <translation>透明効果（ソフトマスク）を使っています</translation>
    </message>
    <message>
        <source>it uses transparency (opacity)</source>
        <translation>透明効果（不透明度）を使っています</translation>
    </message>
    <message>
        <source>it uses transparency (blend mode)</source>
        <translation>透明効果（描画モード）を使っています</translation>
    </message>
    <message>
        <source>it uses a transfer function</source>
        <translation>転送関数を使っています</translation>
    </message>
    <message>
        <source>an image uses transparency (soft mask)</source>
        <translation>画像が透明効果（ソフトマスク）を使っています</translation>
    </message>
    <message>
        <source>an image is JPEG 2000</source>
        <translation>画像が JPEG 2000 です</translation>
    </message>
    <message>
        <source>an image has alternates</source>
        <translation>画像に代替画像があります</translation>
    </message>
    <message>
        <source>an image is in CMYK colour</source>
        <translation>画像が CMYK カラーです</translation>
    </message>
    <message>
        <source>it uses transparency (group)</source>
        <translation>透明効果（透明グループ）を使っています</translation>
    </message>
    <message>
        <source>it contains PostScript</source>
        <translation>PostScript を含んでいます</translation>
    </message>
    <message>
        <source>it uses CMYK colour</source>
        <translation>CMYK カラーを使っています</translation>
    </message>
    <message>
        <source>it has a %1 annotation</source>
        <translation>%1 注釈があります</translation>
    </message>
    <message>
        <source>it has an annotation that does not print</source>
        <translation>印刷されない注釈があります</translation>
    </message>
</context>
<context>
    <name>PdfPageSource</name>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>PDF はパスワードで保護されています。</translation>
    </message>
    <message>
        <source>The PDF cannot be read: %1</source>
        <translation>PDF を読み込めません: %1</translation>
    </message>
    <message>
        <source>The PDF is empty (0 bytes).</source>
        <translation>PDF が空です（0 バイト）。</translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation>ファイルが PDF ではありません。</translation>
    </message>
    <message>
        <source>The PDF is incomplete: it ends before its end-of-file marker (it was probably cut off while being copied or downloaded).</source>
        <translation>PDF が不完全です: ファイル終端マーカーの前で途切れています（コピーまたはダウンロードの途中で切れた可能性があります）。</translation>
    </message>
    <message>
        <source>The PDF is damaged: its structure cannot be read.</source>
        <translation>PDF が壊れています: 構造を読み取れません。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>PDF にページがありません。</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>パスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The PDF contains an image of %1 × %2 pixels, more than Kessai draws (%3 megapixels at most).</source>
        <translation>PDF に %1 × %2 ピクセルの画像が含まれており、Kessai で描画できる大きさ（最大 %3 メガピクセル）を超えています。</translation>
    </message>
    <message>
        <source>The PDF contains a drawing that draws itself without end.</source>
        <translation>PDF に、自分自身を際限なく描画する図形が含まれています。</translation>
    </message>
    <message>
        <source>The PDF nests drawings within drawings %1 levels deep, more than Kessai draws (%2 at most).</source>
        <translation>PDF の図形が %1 段の入れ子になっており、Kessai で描画できる深さ（最大 %2 段）を超えています。</translation>
    </message>
    <message>
        <source>Only the first %1 of its %2 pages are shown.</source>
        <translation>全 %2 ページのうち、最初の %1 ページだけを表示しています。</translation>
    </message>
</context>
<context>
    <name>RateSettings</name>
    <message>
        <source>決裁区分 %1</source>
        <translation>決裁区分 %1</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>種類 %1</translation>
    </message>
    <message>
        <source>秘 documents</source>
        <translation>秘文書</translation>
    </message>
    <message>
        <source>public documents</source>
        <translation>公開文書</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>Changing what the 電子決裁率 leaves out</source>
        <translation>電子決裁率の除外規則の変更</translation>
    </message>
    <message>
        <source>an exclusion rule names a 決裁区分, a kind or 秘 documents</source>
        <translation>除外規則には決裁区分、種類または秘文書のいずれかを指定してください</translation>
    </message>
    <message>
        <source>an exclusion rule says why (note): it is printed with every rate</source>
        <translation>除外規則には理由（備考）が必要です。電子決裁率とともに必ず表示されます</translation>
    </message>
    <message>
        <source>決裁区分 %1 does not exist</source>
        <translation>決裁区分 %1 は存在しません</translation>
    </message>
    <message>
        <source>kind %1 does not exist</source>
        <translation>種類 %1 は存在しません</translation>
    </message>
    <message>
        <source>exclusion rule %1 does not exist</source>
        <translation>除外規則 %1 は存在しません</translation>
    </message>
</context>
<context>
    <name>RateSettingsCommands</name>
    <message>
        <source>Lists the rules that leave decisions out of the 電子決裁率 (every report states them). An administrator adds one (add --level, --kind and/or --secret, with --note) or removes one (remove ID).</source>
        <translation>電子決裁率から決裁を除外する規則を一覧表示します（どの集計にも明示されます）。管理者は規則を追加（add --level、--kind、--secret のいずれかと --note）または削除（remove ID）できます。</translation>
    </message>
    <message>
        <source>Change the rules instead of listing them.</source>
        <translation>一覧表示ではなく規則を変更します。</translation>
    </message>
    <message>
        <source>add: every decision of this 決裁区分 (code or name).</source>
        <translation>add: この決裁区分（コードまたは名称）のすべての決裁。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>決裁区分</translation>
    </message>
    <message>
        <source>add: every decision of this kind (code or name).</source>
        <translation>add: この種類（コードまたは名称）のすべての決裁。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>add: every 秘 document.</source>
        <translation>add: すべての秘文書。</translation>
    </message>
    <message>
        <source>add: why the office leaves them out (printed with the rate).</source>
        <translation>add: 除外する理由（電子決裁率とともに表示）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>--level: no 決裁区分 &quot;%1&quot;</source>
        <translation>--level: 決裁区分「%1」はありません</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not in the office&apos;s list of decision kinds</source>
        <translation>--kind: 「%1」は文書の種類の一覧にありません</translation>
    </message>
    <message>
        <source>exclusion rule %1 added</source>
        <translation>除外規則 %1 を追加しました</translation>
    </message>
    <message>
        <source>exclusion rule %1 removed</source>
        <translation>除外規則 %1 を削除しました</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not add or remove</source>
        <translation>「%1」は add でも remove でもありません</translation>
    </message>
    <message>
        <source>Prints the office&apos;s target 電子決裁率 in percent; an administrator sets it with PERCENT (e.g. 75).</source>
        <translation>電子決裁率の目標値（％）を表示します。管理者は PERCENT（例: 75）で設定できます。</translation>
    </message>
    <message>
        <source>The new target, above 0 and at most 100.</source>
        <translation>新しい目標値（0 を超え 100 以下）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>「%1」は百分率ではありません</translation>
    </message>
    <message>
        <source>target %1%</source>
        <translation>目標 %1%</translation>
    </message>
</context>
<context>
    <name>ReadOnlyCopy</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ReceiptCodes</name>
    <message>
        <source>Post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Brought in person</source>
        <translation>持参</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>Internal mail</source>
        <translation>庁内</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>ファクス</translation>
    </message>
    <message>
        <source>Circulate for information</source>
        <translation>供覧</translation>
    </message>
    <message>
        <source>Answer by a draft</source>
        <translation>起案</translation>
    </message>
    <message>
        <source>File only</source>
        <translation>保存のみ</translation>
    </message>
</context>
<context>
    <name>ReceiptStore</name>
    <message>
        <source>件名 (title) is required</source>
        <translation>件名は必須です</translation>
    </message>
    <message>
        <source>差出人 (sender) is required</source>
        <translation>差出人は必須です</translation>
    </message>
    <message>
        <source>収受日 (date received) is required</source>
        <translation>収受日は必須です</translation>
    </message>
    <message>
        <source>収受日 (date received) %1 is in the future</source>
        <translation>収受日 %1 が未来の日付です</translation>
    </message>
    <message>
        <source>文書の日付 (date on the document) %1 is after the 収受日 %2</source>
        <translation>文書の日付 %1 が収受日 %2 より後です</translation>
    </message>
    <message>
        <source>the title (件名)</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>the addressee (宛先)</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>the number on the document (文書の番号)</source>
        <translation>文書の番号</translation>
    </message>
    <message>
        <source>%1 belongs to no unit; give the receipt a unit</source>
        <translation>%1 はどの所属にも属していません。収受する所属を指定してください</translation>
    </message>
    <message>
        <source>only the 係 or 課 concerned registers what it receives: %1 is not in the unit %2</source>
        <translation>収受登録は担当の係・課だけが行えます: %1 は所属 %2 に属していません</translation>
    </message>
    <message>
        <source>document %1 is not a receipt (収受) you can see</source>
        <translation>文書 %1 は閲覧できる収受文書ではありません</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>回答: %1</translation>
    </message>
</context>
<context>
    <name>ReceiveCommands</name>
    <message>
        <source>--%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1「%2」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>--unit: no unit with code &quot;%1&quot;</source>
        <translation>--unit: コード「%1」の所属はありません</translation>
    </message>
    <message>
        <source>Registers a document that arrived (収受) and attaches its scan or files in the order given. Prints the 収受番号. Every field and file is checked first: if one is wrong, nothing is registered.</source>
        <translation>到達した文書を収受登録し、スキャンやファイルを指定した順に添付します。収受番号を表示します。すべての項目とファイルを先に確認し、誤りがあれば何も登録しません。</translation>
    </message>
    <message>
        <source>The title (件名); required.</source>
        <translation>件名（必須）。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>The sender (差出人); required. A new one joins the list of senders.</source>
        <translation>差出人（必須）。新しい差出人は差出人の一覧に加わります。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The date received (収受日), YYYY-MM-DD; default today.</source>
        <translation>収受日（YYYY-MM-DD、既定は今日）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Code of the 係 or 課 that received it (default: yours).</source>
        <translation>収受した係・課のコード（既定: 自分の所属）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>The addressee (宛先) as written on it.</source>
        <translation>文書に記載された宛先。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>The date written on it, YYYY-MM-DD.</source>
        <translation>文書に記載された日付（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The number written on it (e.g. 財第123号).</source>
        <translation>文書に記載された番号（例: 財第123号）。</translation>
    </message>
    <message>
        <source>How it arrived (収受区分): %1; default post.</source>
        <translation>収受区分: %1（既定 post）。</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>収受区分</translation>
    </message>
    <message>
        <source>What is to be done (処理区分): %1; default circulate.</source>
        <translation>処理区分: %1（既定 circulate）。</translation>
    </message>
    <message>
        <source>handling</source>
        <translation>処理区分</translation>
    </message>
    <message>
        <source>Files and folders to attach.</source>
        <translation>添付するファイルとフォルダ。</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[ファイル...]</translation>
    </message>
    <message>
        <source>--channel &quot;%1&quot; is not one of %2</source>
        <translation>--channel「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>--handling &quot;%1&quot; is not one of %2</source>
        <translation>--handling「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>Lists the receipts (収受) you may see, newest 収受番号 first.</source>
        <translation>閲覧できる収受文書を、収受番号の新しい順に表示します。</translation>
    </message>
    <message>
        <source>Only this fiscal year (年度, e.g. 2026).</source>
        <translation>この年度のみ（例: 2026）。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Only this unit&apos;s receipts (its code).</source>
        <translation>この所属の収受文書のみ（所属のコード）。</translation>
    </message>
    <message>
        <source>--year &quot;%1&quot; is not a fiscal year</source>
        <translation>--year「%1」は年度ではありません</translation>
    </message>
    <message>
        <source>Starts a 起案 from a receipt (回答 etc.): a new draft of yours linked to it, both ways. Prints the draft&apos;s id.</source>
        <translation>収受文書から起案します（回答など）。収受文書と相互に関連付けた自分の起案を作成し、その ID を表示します。</translation>
    </message>
    <message>
        <source>Id of the received document.</source>
        <translation>収受文書の ID。</translation>
    </message>
    <message>
        <source>RECEIPT</source>
        <translation>収受文書</translation>
    </message>
    <message>
        <source>The title (件名) of the draft (default: &quot;Answer: &quot; and the receipt&apos;s).</source>
        <translation>起案の件名（既定: 「回答: 」と収受文書の件名）。</translation>
    </message>
    <message>
        <source>Code of the unit drafting it (default: yours).</source>
        <translation>起案する所属のコード（既定: 自分の所属）。</translation>
    </message>
    <message>
        <source>Lists the files waiting in a hot folder (収受待ち) with their state: ready, waiting (new or still being written), empty, locked or unreadable, and why. A file is ready once it has not changed for the settle time. With --register, registers every ready file as a receipt (its title the file&apos;s name unless --title is given) and removes it from the folder once the store has it; the others stay.</source>
        <translation>ホットフォルダで収受待ちのファイルを状態とその理由とともに表示します: ready（登録可）、waiting（新着または書き込み中）、empty（空）、locked（ロック中）、unreadable（読み込み不可）。一定時間変化のないファイルが登録可になります。--register を付けると登録可のファイルをすべて収受登録し（件名は --title がなければファイル名）、保存が完了してからフォルダから削除します。その他のファイルはそのまま残ります。</translation>
    </message>
    <message>
        <source>The hot folder.</source>
        <translation>ホットフォルダ。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Register the ready files (needs --sender).</source>
        <translation>登録可のファイルを登録します（--sender が必要）。</translation>
    </message>
    <message>
        <source>How long a file must stay unchanged, in milliseconds (default 2000).</source>
        <translation>ファイルが変化しないことを確認する時間（ミリ秒、既定 2000）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>The title (件名) of each receipt (default: the file&apos;s name).</source>
        <translation>各収受文書の件名（既定: ファイル名）。</translation>
    </message>
    <message>
        <source>The sender (差出人) of the receipts.</source>
        <translation>収受文書の差出人。</translation>
    </message>
    <message>
        <source>Code of the 係 or 課 whose folder it is (default: yours).</source>
        <translation>このフォルダを使う係・課のコード（既定: 自分の所属）。</translation>
    </message>
    <message>
        <source>give the hot folder (DIR)</source>
        <translation>ホットフォルダ（DIR）を指定してください</translation>
    </message>
    <message>
        <source>--settle &quot;%1&quot; is not a number of milliseconds up to 600000</source>
        <translation>--settle「%1」は 600000 以下のミリ秒数ではありません</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Writes the record PDF (原議) of a document to FILE: the cover sheet with its approval boxes and seals, then every attachment in order with a bookmark each (PDF pages copied as they are, office documents through their PDF renditions), the original files embedded, and a last page naming the decision&apos;s event in the audit log. Before the decision every page is marked 「未決裁」. The file is written completely or not at all.</source>
        <translation>文書の原議 PDF を FILE に書き出します。決裁欄と印影のある鑑、続いて添付ファイルを順にそれぞれしおり付きで（PDF のページはそのまま複写、Office 文書は PDF 変換版から）、元のファイルを埋め込み、最後のページに監査ログ上の決裁イベントを記します。決裁前はすべてのページに「未決裁」と表示します。ファイルは完全に書き出されるか、まったく書き出されないかのどちらかです。</translation>
    </message>
    <message>
        <source>Id of the document.</source>
        <translation>文書の ID。</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>書き出す PDF ファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Password to try on password-protected PDF attachments.</source>
        <translation>パスワード付き PDF の添付に試すパスワード。</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 600).</source>
        <translation>この秒数で打ち切ります（既定 600）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout は正の秒数で指定してください</translation>
    </message>
    <message>
        <source>writing a PDF needs the graphical application object (internal error)</source>
        <translation>PDF の作成にはグラフィカルなアプリケーションオブジェクトが必要です（内部エラー）</translation>
    </message>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 は存在しません</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages</source>
        <translation>%1 を書き出しました：%2 ページ</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, marked 「未決裁」 (not decided)</source>
        <translation>%1 を書き出しました：%2 ページ、「未決裁」表示付き</translation>
    </message>
    <message>
        <source>the audit log is broken: %1</source>
        <translation>監査ログが壊れています：%1</translation>
    </message>
    <message>
        <source>the PDF was written before the decision: it names no audit event</source>
        <translation>この PDF は決裁前に作成されたもので、監査イベントを記していません</translation>
    </message>
    <message>
        <source>audit event %1 of document %2 is not in the store</source>
        <translation>文書 %2 の監査イベント %1 は保存内容にありません</translation>
    </message>
    <message>
        <source>audit event %1 has hash %2 in the store, the PDF says %3</source>
        <translation>監査イベント %1 のハッシュは保存内容では %2、PDF では %3 です</translation>
    </message>
    <message>
        <source>audit event %1 is %2, not a decision</source>
        <translation>監査イベント %1 は %2 で、決裁ではありません</translation>
    </message>
    <message>
        <source>%1 matches the store: document %2, decision event %3, hash %4</source>
        <translation>%1 は保存内容と一致します：文書 %2、決裁イベント %3、ハッシュ %4</translation>
    </message>
    <message>
        <source>%1 does not match the store: %2</source>
        <translation>%1 は保存内容と一致しません：%2</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving: only for a decided document whose PDF attachments PDF/A allows (fonts embedded, no transparency); the originals are not embedded (PDF/A-1 forbids it), their SHA-256 stay on the last page.</source>
        <translation>保存用に PDF/A-1b で書き出します: 決裁済みで、PDF の添付が PDF/A で許される（フォント埋め込み済み・透明効果なし）文書に限ります。元のファイルは埋め込みません（PDF/A-1 では禁止）。各ファイルの SHA-256 は最終ページに残ります。</translation>
    </message>
</context>
<context>
    <name>RecordDestruction</name>
    <message>
        <source>簿冊 %1 does not exist</source>
        <translation>簿冊 %1 は存在しません</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2) is not closed (%3): only a closed 簿冊 is destroyed</source>
        <translation>簿冊 %1（%2）は完結していません（%3）。廃棄できるのは完結した簿冊だけです</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2) is kept while in use (常用): it has no 満了日</source>
        <translation>簿冊 %1（%2）は常用のため満了日がありません</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2): its 満了日 %3 has not passed</source>
        <translation>簿冊 %1（%2）：満了日 %3 を過ぎていません</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2): no decided 廃棄 伺い lists it</source>
        <translation>簿冊 %1（%2）：この簿冊の廃棄の伺いが決裁されていません</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2) is under a hold on document %3 (%4)</source>
        <translation>簿冊 %1（%2）は文書 %3 の保全中です（%4）</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2) is under a hold (%3)</source>
        <translation>簿冊 %1（%2）は保全中です（%3）</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2) holds document %3 (%4), still drafted or in review</source>
        <translation>簿冊 %1（%2）には起案中または回議中の文書 %3（%4）があります</translation>
    </message>
    <message>
        <source>廃棄 refused: %1</source>
        <translation>廃棄できません：%1</translation>
    </message>
</context>
<context>
    <name>RecordDisposal</name>
    <message>
        <source>廃棄</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <source>移管</source>
        <translation>移管</translation>
    </message>
    <message>
        <source>延長</source>
        <translation>延長</translation>
    </message>
    <message>
        <source>Drafting a 廃棄・移管・延長 伺い</source>
        <translation>廃棄・移管・延長の伺いの起案</translation>
    </message>
    <message>
        <source>a 伺い lists at least one 簿冊</source>
        <translation>伺いには簿冊を1冊以上指定してください</translation>
    </message>
    <message>
        <source>a 延長 needs the years to add (1 or more)</source>
        <translation>延長には延長する年数（1以上）が必要です</translation>
    </message>
    <message>
        <source>a 延長 needs its reason</source>
        <translation>延長には理由が必要です</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>簿冊 %1 does not exist</source>
        <translation>簿冊 %1 は存在しません</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2) is %3: only a closed 簿冊 can be destroyed, transferred or extended</source>
        <translation>簿冊 %1（%2）は「%3」です。廃棄・移管・延長できるのは完結した簿冊だけです</translation>
    </message>
    <message>
        <source>廃棄 refused: %1</source>
        <translation>廃棄できません：%1</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2) is kept while in use (常用): there is no 満了日 to extend</source>
        <translation>簿冊 %1（%2）は常用のため、延長する満了日がありません</translation>
    </message>
    <message>
        <source>・%1年度 %2（%3、保存期間 %4、満了日 %5）</source>
        <translation>・%1年度 %2（%3、保存期間 %4、満了日 %5）</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the 伺い is filed like any document: %1 has no open 簿冊 for this fiscal year (create one, or name one)</source>
        <translation>伺いもほかの文書と同じく簿冊に綴ります。%1 には今年度の使用中の簿冊がありません（作成するか、指定してください）</translation>
    </message>
    <message numerus="yes">
        <source>保存期間が満了した簿冊の%1について（%n冊）</source>
        <translation>
            <numerusform>保存期間が満了した簿冊の%1について（%n冊）</numerusform>
        </translation>
    </message>
    <message>
        <source>下記の簿冊について、保存期間を%1年延長してよろしいか伺います。</source>
        <translation>下記の簿冊について、保存期間を%1年延長してよろしいか伺います。</translation>
    </message>
    <message>
        <source>下記の簿冊について、保存期間が満了したため%1してよろしいか伺います。</source>
        <translation>下記の簿冊について、保存期間が満了したため%1してよろしいか伺います。</translation>
    </message>
    <message>
        <source>理由：%1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>伺い %1 is not decided (%2): nothing is carried out before its 決裁</source>
        <translation>伺い %1 は決裁されていません（%2）。決裁前には何も実行されません</translation>
    </message>
    <message>
        <source>簿冊 %1 (%2) is no longer closed: the 伺い cannot be carried out</source>
        <translation>簿冊 %1（%2）は完結の状態ではないため、伺いを実行できません</translation>
    </message>
    <message>
        <source>Recording a 移管</source>
        <translation>移管の記録</translation>
    </message>
    <message>
        <source>簿冊 %1 has no decided 移管 waiting for its package</source>
        <translation>簿冊 %1 には、パッケージ作成を待つ決裁済みの移管がありません</translation>
    </message>
</context>
<context>
    <name>RecordHolds</name>
    <message>
        <source>Placing a hold</source>
        <translation>保全の設定</translation>
    </message>
    <message>
        <source>a hold needs its reason (e.g. 訴訟, 情報公開請求)</source>
        <translation>保全には理由が必要です（訴訟、情報公開請求など）</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>簿冊 %1 does not exist</source>
        <translation>簿冊 %1 は存在しません</translation>
    </message>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 は存在しません</translation>
    </message>
    <message>
        <source>Lifting a hold</source>
        <translation>保全の解除</translation>
    </message>
    <message>
        <source>hold %1 does not exist or was lifted already</source>
        <translation>保全 %1 は存在しないか、すでに解除されています</translation>
    </message>
</context>
<context>
    <name>RecordOverlay</name>
    <message>
        <source>Not decided</source>
        <translation>未決裁</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1   %2 / %3</source>
        <translation>%1   %2 / %3</translation>
    </message>
</context>
<context>
    <name>RecordPdfAssembly</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>The PDF is protected by a password and was not unlocked.</source>
        <translation>パスワードで保護された PDF で、解除されていません。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>この PDF にはページがありません。</translation>
    </message>
    <message>
        <source>The PDF is damaged: %1</source>
        <translation>PDF が壊れています：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き出せませんでした：%2</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>%1 ページ: %2</translation>
    </message>
</context>
<context>
    <name>RecordPdfStamp</name>
    <message>
        <source>%1 is not a PDF that can be read.</source>
        <translation>%1 は読み込める PDF ではありません。</translation>
    </message>
    <message>
        <source>%1 is not a record PDF written by Kessai (it names no document).</source>
        <translation>%1 は Kessai が作成した原議 PDF ではありません（文書を記していません）。</translation>
    </message>
</context>
<context>
    <name>RecordPdfWriter</name>
    <message>
        <source>Cancelled.</source>
        <translation>取り消しました。</translation>
    </message>
    <message>
        <source>The text file is larger than %1 MiB.</source>
        <translation>テキストファイルが %1 MiB を超えています。</translation>
    </message>
    <message>
        <source>The file is not text in an encoding Kessai knows.</source>
        <translation>Kessai が扱える文字コードのテキストではありません。</translation>
    </message>
    <message>
        <source>Attachment %1: %2</source>
        <translation>添付%1：%2</translation>
    </message>
    <message>
        <source>Document No.: %1</source>
        <translation>文書番号：%1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>件名：%1</translation>
    </message>
    <message>
        <source>Kessai document id: %1</source>
        <translation>Kessai 文書 ID：%1</translation>
    </message>
    <message>
        <source>Decision recorded in the audit log as event %1 (%2), %3.</source>
        <translation>決裁は監査ログのイベント %1（%2）として記録されています（%3）。</translation>
    </message>
    <message>
        <source>Chain hash of that event (SHA-256):</source>
        <translation>そのイベントの連鎖ハッシュ（SHA-256）：</translation>
    </message>
    <message>
        <source>Not decided: the audit log holds no decision for this document yet.</source>
        <translation>未決裁：監査ログにはこの文書の決裁の記録がまだありません。</translation>
    </message>
    <message>
        <source>Check this file against the store with: kessai-cli audit verify --pdf FILE</source>
        <translation>このファイルは kessai-cli audit verify --pdf ファイル で保存内容と照合できます</translation>
    </message>
    <message>
        <source>Attachments (SHA-256 of the original files, embedded in this PDF):</source>
        <translation>添付ファイル（元ファイルの SHA-256。元ファイルはこの PDF に埋め込み済み）：</translation>
    </message>
    <message>
        <source>Record of this original</source>
        <translation>原議の記録</translation>
    </message>
    <message>
        <source>The attachment was not ready (still being read or converted).</source>
        <translation>添付ファイルの準備ができていませんでした（読み込み中または変換中）。</translation>
    </message>
    <message>
        <source>The PDF is protected by a password and was not unlocked.</source>
        <translation>パスワードで保護された PDF で、解除されていません。</translation>
    </message>
    <message>
        <source>The dossier could not be read in time.</source>
        <translation>時間内に文書一式を読み込めませんでした。</translation>
    </message>
    <message>
        <source>No temporary folder could be made: %1</source>
        <translation>一時フォルダーを作成できません：%1</translation>
    </message>
    <message>
        <source>The pages could not be drawn to %1.</source>
        <translation>%1 にページを描画できませんでした。</translation>
    </message>
    <message>
        <source>Cover sheet</source>
        <translation>鑑</translation>
    </message>
    <message>
        <source>Attachment %1, SHA-256 %2</source>
        <translation>添付%1、SHA-256 %2</translation>
    </message>
    <message>
        <source>record</source>
        <translation>原議</translation>
    </message>
    <message>
        <source>Attachments (SHA-256 of the original files, kept in the store):</source>
        <translation>添付ファイル（元ファイルの SHA-256、文書管理システムに保管）:</translation>
    </message>
    <message>
        <source>A PDF/A file is the archived original of a decided document; before the decision save the ordinary record PDF (marked 「未決裁」).</source>
        <translation>PDF/A は決裁済み文書の原議を保存するためのものです。決裁前は通常の原議 PDF（「未決裁」の表示付き）を保存してください。</translation>
    </message>
    <message>
        <source>Attachment %1 (%2) cannot go into a PDF/A file: %3. Save the ordinary record PDF instead; it keeps the attachment as it is.</source>
        <translation>添付 %1（%2）は PDF/A に含められません: %3。通常の原議 PDF を保存してください（添付はそのまま収録されます）。</translation>
    </message>
</context>
<context>
    <name>RecordPrinter</name>
    <message>
        <source>%1 cannot be read for printing.</source>
        <translation>印刷のために %1 を読み込めません。</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>印刷を取り消しました。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>プリンターが次のページを受け付けませんでした。</translation>
    </message>
</context>
<context>
    <name>RecordTerms</name>
    <message>
        <source>under 1 year</source>
        <translation>1年未満</translation>
    </message>
    <message>
        <source>while in use</source>
        <translation>常用</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>電子</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>紙</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混在</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完結</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>満了予定</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>延長</translation>
    </message>
    <message>
        <source>transfer decided</source>
        <translation>移管待ち</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>移管済</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>廃棄済</translation>
    </message>
</context>
<context>
    <name>RecordsCommands</name>
    <message>
        <source>--unit: no unit with code &quot;%1&quot;</source>
        <translation>--unit：コード「%1」の所属はありません</translation>
    </message>
    <message>
        <source>Lists a 課&apos;s 文書分類表, parents before their children: id, code, parent, depth, name, retention, disposition.</source>
        <translation>課の文書分類表を上位から順に一覧表示します：id、コード、上位コード、階層、名称、保存期間、措置。</translation>
    </message>
    <message>
        <source>Code of the 課 (default: yours).</source>
        <translation>課のコード（省略時：自分の課）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Adds an entry to a 課&apos;s 文書分類表 (文書管理者). A leaf needs --retention (1年未満, 1, 3, 5, 10, 30, 常用) and --disposition (transfer or destroy).</source>
        <translation>課の文書分類表に項目を追加します（文書管理者）。最下位の分類には --retention（1年未満、1、3、5、10、30、常用）と --disposition（transfer または destroy）が必要です。</translation>
    </message>
    <message>
        <source>Its code.</source>
        <translation>コード。</translation>
    </message>
    <message>
        <source>Its name.</source>
        <translation>名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code of the entry above it (none: a 大分類).</source>
        <translation>上位の分類のコード（省略時：大分類）。</translation>
    </message>
    <message>
        <source>Default 保存期間.</source>
        <translation>既定の保存期間。</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Default 措置 at expiry: transfer or destroy.</source>
        <translation>既定の満了時の措置：transfer（移管）または destroy（廃棄）。</translation>
    </message>
    <message>
        <source>action</source>
        <translation>措置</translation>
    </message>
    <message>
        <source>--retention &quot;%1&quot; is not a retention period</source>
        <translation>--retention「%1」は保存期間ではありません</translation>
    </message>
    <message>
        <source>--disposition is transfer or destroy</source>
        <translation>--disposition は transfer か destroy です</translation>
    </message>
    <message>
        <source>a leaf needs both --retention and --disposition</source>
        <translation>最下位の分類には --retention と --disposition の両方が必要です</translation>
    </message>
    <message>
        <source>Imports a 課&apos;s 文書分類表 from CSV, all or nothing (columns code, parent, name, retention, disposition, or 分類コード, 上位コード, 名称, 保存期間, 満了時の措置).</source>
        <translation>課の文書分類表を CSV から取り込みます。全件取り込むか、何も取り込みません（列：code、parent、name、retention、disposition、または分類コード、上位コード、名称、保存期間、満了時の措置）。</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV ファイル。</translation>
    </message>
    <message>
        <source>classify import needs FILE.csv</source>
        <translation>classify import には FILE.csv が必要です</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 entries added to the 文書分類表</source>
        <translation>文書分類表に %1 件追加しました</translation>
    </message>
    <message>
        <source>Lists the closed 簿冊 whose 満了日 falls before the end of the next fiscal year (or within N days): is the 措置 still right?</source>
        <translation>満了日が翌年度末まで（または N 日以内）に来る完結した簿冊を一覧表示します。満了時の措置の見直しに使います。</translation>
    </message>
    <message>
        <source>Lists 簿冊: id, fiscal_year, unit, name, retention, expires_on, disposition, status, documents.</source>
        <translation>簿冊を一覧表示します：id、年度、課、名称、保存期間、満了日、措置、状態、文書数。</translation>
    </message>
    <message>
        <source>Look N days ahead instead.</source>
        <translation>代わりに N 日先まで調べます。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Code of the 課 (default: every 課).</source>
        <translation>課のコード（省略時：すべての課）。</translation>
    </message>
    <message>
        <source>Fiscal year (default: every year).</source>
        <translation>年度（省略時：すべての年度）。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>--within-days is a number of days</source>
        <translation>--within-days には日数を指定してください</translation>
    </message>
    <message>
        <source>Creates a 簿冊 from a leaf of the 文書分類表 (文書管理者); its 保存期間 and 措置 default to the leaf&apos;s, its 起算日 and 満了日 follow from the rules.</source>
        <translation>文書分類表の最下位の分類から簿冊を作成します（文書管理者）。保存期間と措置は分類の既定値を使い、起算日と満了日は規則により決まります。</translation>
    </message>
    <message>
        <source>Code of the 分類表 leaf.</source>
        <translation>分類表の最下位の分類のコード。</translation>
    </message>
    <message>
        <source>Fiscal year (default: this one).</source>
        <translation>年度（省略時：今年度）。</translation>
    </message>
    <message>
        <source>A longer 保存期間 than the leaf&apos;s.</source>
        <translation>分類より長い保存期間。</translation>
    </message>
    <message>
        <source>electronic, paper or mixed.</source>
        <translation>electronic（電子）、paper（紙）または mixed（混在）。</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>保存場所.</source>
        <translation>保存場所。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>備考.</source>
        <translation>備考。</translation>
    </message>
    <message>
        <source>--class: no classification &quot;%1&quot; in this 課</source>
        <translation>--class：この課に分類「%1」はありません</translation>
    </message>
    <message>
        <source>--medium is electronic, paper or mixed</source>
        <translation>--medium は electronic、paper、mixed のいずれかです</translation>
    </message>
    <message>
        <source>Closes a 簿冊 (完結): its 起算日 and 満了日 are fixed by its documents&apos; dates.</source>
        <translation>簿冊を完結します。起算日と満了日は綴られた文書の日付から決まります。</translation>
    </message>
    <message>
        <source>The 簿冊&apos;s id.</source>
        <translation>簿冊の id。</translation>
    </message>
    <message>
        <source>Moves a document into another open 簿冊 of its 課 (文書管理者).</source>
        <translation>文書を同じ課の使用中の別の簿冊に移し替えます（文書管理者）。</translation>
    </message>
    <message>
        <source>The document&apos;s id.</source>
        <translation>文書の id。</translation>
    </message>
    <message>
        <source>document %1 is now in 簿冊 %2</source>
        <translation>文書 %1 を簿冊 %2 に移し替えました</translation>
    </message>
    <message>
        <source>新年度の簿冊を作成: last year&apos;s 簿冊 made from the 分類表, again for the new year.</source>
        <translation>新年度の簿冊を作成：前年度に分類表から作成した簿冊を新年度分として作成します。</translation>
    </message>
    <message>
        <source>The new fiscal year (default: this one).</source>
        <translation>新年度（省略時：今年度）。</translation>
    </message>
    <message>
        <source>After a 組織改編: hands 簿冊 (all of the former 課&apos;s, or those named) to the successor 課, recorded in their history.</source>
        <translation>組織改編の後、簿冊（旧課のすべて、または指定したもの）を後継課に引き継ぎ、履歴に記録します。</translation>
    </message>
    <message>
        <source>Code of the former 課.</source>
        <translation>旧課のコード。</translation>
    </message>
    <message>
        <source>Code of the successor 課.</source>
        <translation>後継課のコード。</translation>
    </message>
    <message>
        <source>Why (e.g. 令和8年度組織改編).</source>
        <translation>理由（例：令和8年度組織改編）。</translation>
    </message>
    <message>
        <source>Only these 簿冊.</source>
        <translation>これらの簿冊だけ。</translation>
    </message>
    <message>
        <source>%1 簿冊 handed to %2</source>
        <translation>%1 冊の簿冊を %2 に引き継ぎました</translation>
    </message>
    <message>
        <source>What happened to a 簿冊: 完結, 延長, 移管, 廃棄, moves to a successor 課.</source>
        <translation>簿冊の履歴：完結、延長、移管、廃棄、後継課への引継ぎ。</translation>
    </message>
    <message>
        <source>The folder to write the package in.</source>
        <translation>パッケージを書き出すフォルダ。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>簿冊 %1 has no decided 移管 waiting for its package</source>
        <translation>簿冊 %1 には、パッケージ作成を待つ決裁済みの移管がありません</translation>
    </message>
    <message>
        <source>簿冊 %1 transferred: %2</source>
        <translation>簿冊 %1 を移管しました：%2</translation>
    </message>
    <message>
        <source>Drafts the 廃棄 / 移管 / 延長 伺い listing the 簿冊; submit it (kessai-cli submit) and it is decided like any document. Its 決裁 carries it out. Prints its id.</source>
        <translation>簿冊を列挙した廃棄・移管・延長の伺いを起案します。提出（kessai-cli submit）するとほかの文書と同じく回議・決裁され、決裁により実行されます。伺いの id を表示します。</translation>
    </message>
    <message>
        <source>The 簿冊&apos;s ids.</source>
        <translation>簿冊の id。</translation>
    </message>
    <message>
        <source>destroy (default), transfer or extend.</source>
        <translation>destroy（廃棄、既定）、transfer（移管）または extend（延長）。</translation>
    </message>
    <message>
        <source>For extend: the years to add.</source>
        <translation>延長の場合：延長する年数。</translation>
    </message>
    <message>
        <source>Why (needed for extend).</source>
        <translation>理由（延長では必須）。</translation>
    </message>
    <message>
        <source>The 簿冊 to file the 伺い in (default: an open one of your 課).</source>
        <translation>伺いを綴る簿冊（省略時：自分の課の使用中の簿冊）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>簿冊</translation>
    </message>
    <message>
        <source>--action is destroy, transfer or extend</source>
        <translation>--action は destroy、transfer、extend のいずれかです</translation>
    </message>
    <message>
        <source>disposal draft needs at least one FILE</source>
        <translation>disposal draft には簿冊（FILE）を1つ以上指定してください</translation>
    </message>
    <message>
        <source>Places a hold (訴訟・情報公開請求対応) on a 簿冊 or a document: no 廃棄 until it is lifted. Prints its id.</source>
        <translation>簿冊または文書を保全（訴訟・情報公開請求対応）します。解除するまで廃棄できません。保全の id を表示します。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>理由。</translation>
    </message>
    <message>
        <source>Lifts a hold (it stays on record).</source>
        <translation>保全を解除します（記録は残ります）。</translation>
    </message>
    <message>
        <source>The hold&apos;s id.</source>
        <translation>保全の id。</translation>
    </message>
    <message>
        <source>Lists the holds in force: id, file, document, reason, placed_by, placed_at.</source>
        <translation>保全中のものを一覧表示します：id、簿冊、文書、理由、設定者、設定日時。</translation>
    </message>
    <message>
        <source>hold add needs --file or --doc (one of them)</source>
        <translation>hold add には --file か --doc のどちらか一方が必要です</translation>
    </message>
    <message>
        <source>hold %1 lifted</source>
        <translation>保全 %1 を解除しました</translation>
    </message>
    <message>
        <source>Exports the 行政文書ファイル管理簿 in the national column order: --csv (UTF-8 with BOM, for Excel) or --html (printable).</source>
        <translation>行政文書ファイル管理簿を国の様式の列順で書き出します：--csv（BOM 付き UTF-8、Excel 用）または --html（印刷用）。</translation>
    </message>
    <message>
        <source>Write CSV to this file.</source>
        <translation>このファイルに CSV を書き出します。</translation>
    </message>
    <message>
        <source>Write a printable page to this file.</source>
        <translation>このファイルに印刷用のページを書き出します。</translation>
    </message>
    <message>
        <source>register export needs --csv FILE or --html FILE</source>
        <translation>register export には --csv FILE または --html FILE が必要です</translation>
    </message>
    <message>
        <source>行政文書ファイル管理簿</source>
        <translation>行政文書ファイル管理簿</translation>
    </message>
    <message>
        <source>%1 簿冊 in the register</source>
        <translation>管理簿の簿冊：%1 冊</translation>
    </message>
    <message>
        <source>Writes the 移管 package of a 簿冊 whose 移管 was decided (a folder, or with --zip one zip of it, holding every document&apos;s 原議 PDF (as export-pdf writes it), cover and attachments, manifest.json and SHA256SUMS), then marks it 移管済.</source>
        <translation>移管が決裁された簿冊の移管パッケージ（フォルダ、--zip の場合はその zip ファイル 1 つ。各文書の原議 PDF（export-pdf と同じもの）、鑑の要約と添付ファイル、manifest.json と SHA256SUMS を収める）を書き出し、移管済にします。</translation>
    </message>
    <message>
        <source>Write one zip file instead of a folder.</source>
        <translation>フォルダの代わりに zip ファイル 1 つを書き出します。</translation>
    </message>
    <message>
        <source>Give up on a document&apos;s 原議 after this many seconds (default 600).</source>
        <translation>文書 1 件の原議の作成をこの秒数で打ち切ります（既定 600）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout には正の秒数を指定してください</translation>
    </message>
    <message>
        <source>no temporary folder for the 原議: %1</source>
        <translation>原議を作成する一時フォルダがありません: %1</translation>
    </message>
</context>
<context>
    <name>RecordsDemoSeeder</name>
    <message>
        <source>本庁舎 地下書庫</source>
        <translation>本庁舎 地下書庫</translation>
    </message>
    <message>
        <source>%1 事務室</source>
        <translation>%1 事務室</translation>
    </message>
    <message>
        <source>%1年度 %2（その%3）</source>
        <translation>%1年度 %2（その%3）</translation>
    </message>
    <message>
        <source>標記について伺います。</source>
        <translation>標記について伺います。</translation>
    </message>
    <message>
        <source>情報公開請求（令和%1年 第7号）への対応</source>
        <translation>情報公開請求（令和%1年 第7号）への対応</translation>
    </message>
</context>
<context>
    <name>RecordsJob</name>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RecordsRegister</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>RegisterPrinter</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>管理簿の印刷</translation>
    </message>
</context>
<context>
    <name>RenderCommands</name>
    <message>
        <source>Renders every page of the document&apos;s attachments, in order, to PNG files in DIR (NN-name-pPPP.png; NN-name-card.png where an attachment cannot be shown) and prints one line per attachment: position, result (ok, failed, unsupported, needs_password, converting), pages, type, name, reason. Office documents are converted to PDF first if that was not done yet. Exit status 0 when every attachment was rendered, 3 when some could not be.</source>
        <translation>文書の添付の全ページを順に、DIR 内の PNG ファイル（NN-name-pPPP.png。表示できない添付は NN-name-card.png）に書き出し、添付ごとに1行ずつ表示します: 位置、結果（ok、failed、unsupported、needs_password、converting）、ページ数、種類、名前、理由。オフィス文書は、まだ変換していなければ先に PDF に変換します。終了コード: すべての添付を書き出せた場合は 0、書き出せなかった添付がある場合は 3。</translation>
    </message>
    <message>
        <source>Id of the document.</source>
        <translation>文書の ID。</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>The folder to write the images to (created if needed).</source>
        <translation>画像の書き出し先フォルダ（なければ作成します）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Resolution of the images (default 96).</source>
        <translation>画像の解像度（既定: 96）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Password to try on password-protected PDFs.</source>
        <translation>パスワードで保護された PDF に試すパスワード。</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Convert again the office documents whose conversion failed before.</source>
        <translation>以前に変換に失敗したオフィス文書を再度変換します。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 600).</source>
        <translation>この秒数が経過したら中止します（既定: 600）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 10 to 1200</source>
        <translation>--dpi には 10～1200 の整数を指定してください</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout には正の秒数を指定してください</translation>
    </message>
    <message>
        <source>rendering needs the graphical application object (internal error)</source>
        <translation>描画には GUI のアプリケーションオブジェクトが必要です（内部エラー）</translation>
    </message>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 は存在しません</translation>
    </message>
    <message>
        <source>Converts the office attachments of a document (docx, xlsx, pptx, doc, xls, ppt, odt, ods, odp, rtf) to PDF with LibreOffice and stores the results for every client; content converted before is not converted again. Prints one line per office attachment: position, result (ok or failed), pages, name, reason. Exit status 0 when all were converted, 3 when some could not be.</source>
        <translation>文書の Office 形式の添付（docx、xlsx、pptx、doc、xls、ppt、odt、ods、odp、rtf）を LibreOffice で PDF に変換し、すべての端末で使えるよう保存します。一度変換した内容は再変換しません。Office 形式の添付ごとに1行（位置、結果（ok または failed）、頁数、名前、理由）を表示します。終了コードは、すべて変換できたとき 0、変換できないものがあったとき 3 です。</translation>
    </message>
</context>
<context>
    <name>RequestCommands</name>
    <message>
        <source>Reads a request package of another business system (a folder or a zip with request.json, docs/linkage.md), checks all of it, then creates the 起案 with its attachments in order, linked to the request&apos;s external reference, and submits it when the request says so. Prints the document&apos;s id and 文書番号 as JSON. If anything is wrong, nothing is created and the message names the field.</source>
        <translation>他の業務システムの連携依頼パッケージ（request.json を含むフォルダまたは zip、docs/linkage.md）を読み込み、すべてを確認してから、添付を順番どおりに付けた起案を外部参照番号と関連付けて作成し、依頼に指定があれば提出します。文書の ID と文書番号を JSON で表示します。誤りがあれば何も作成せず、その項目名をメッセージに示します。</translation>
    </message>
    <message>
        <source>The package: a folder or a .zip file.</source>
        <translation>パッケージ: フォルダまたは .zip ファイル。</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>give the request package (PACKAGE)</source>
        <translation>連携依頼パッケージ（PACKAGE）を指定してください</translation>
    </message>
    <message>
        <source>request.json: drafter: &quot;%1&quot; is not an active user</source>
        <translation>request.json: drafter: 「%1」は有効な職員ではありません</translation>
    </message>
    <message>
        <source>request.json: drafter: %1 may not submit for %2; only an administrator acts for another user</source>
        <translation>request.json: drafter: %1 は %2 の代わりに依頼を提出できません。他の職員の代わりに処理できるのは管理者だけです</translation>
    </message>
    <message>
        <source>request.json: unit: no unit with code &quot;%1&quot;</source>
        <translation>request.json: unit: コード「%1」の所属はありません</translation>
    </message>
    <message>
        <source>request.json: level: no 決裁区分 &quot;%1&quot;</source>
        <translation>request.json: level: 決裁区分「%1」はありません</translation>
    </message>
    <message>
        <source>request.json: file: no 簿冊 &quot;%1&quot; of %2 in fiscal year %3</source>
        <translation>request.json: file: %3 年度の %2 に簿冊「%1」はありません</translation>
    </message>
    <message>
        <source>request.json: outbox: &quot;%1&quot; is not an existing folder, given as a full path, that Kessai may write to</source>
        <translation>request.json: outbox: 「%1」は、フルパスで指定された書き込み可能な既存のフォルダではありません</translation>
    </message>
    <message>
        <source>request.json: route: %1</source>
        <translation>request.json: route: %1</translation>
    </message>
    <message>
        <source>Writes the outcome file of every linked document that was decided (決裁), rejected (却下) or enforced (施行) into its request&apos;s outbox, once: REFERENCE.decided.json and so on. Run it after a 決裁, or regularly. Prints the files written.</source>
        <translation>決裁・却下・施行された連携文書ごとに、依頼の出力先フォルダへ処理結果ファイル（REFERENCE.decided.json など）を一度だけ書き出します。決裁の後、または定期的に実行してください。書き出したファイルを表示します。</translation>
    </message>
    <message>
        <source>%1: the outcome file cannot be written: %2</source>
        <translation>%1: 処理結果ファイルを書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>RequestPackage</name>
    <message>
        <source>%1: no such folder or zip file</source>
        <translation>%1: そのようなフォルダまたは zip ファイルはありません</translation>
    </message>
    <message>
        <source>%1: not a zip file the request can come in: %2</source>
        <translation>%1: 連携依頼として読める zip ファイルではありません: %2</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; leaves the package (an absolute or ../ path): refused</source>
        <translation>%1: 項目「%2」はパッケージの外を指しています（絶対パスまたは ../）。受け付けません</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is not a file or a folder (a link?): refused</source>
        <translation>%1: 項目「%2」はファイルでもフォルダでもありません（リンク？）。受け付けません</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; declares %3 bytes, over the limit of %4: refused</source>
        <translation>%1: 項目「%2」は %3 バイトと申告しており、上限の %4 を超えています。受け付けません</translation>
    </message>
    <message>
        <source>%1: its entries declare more than %2 bytes in all: refused</source>
        <translation>%1: 項目の申告サイズの合計が %2 バイトを超えています。受け付けません</translation>
    </message>
    <message>
        <source>%1: cannot be read as a zip file: %2</source>
        <translation>%1: zip ファイルとして読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: no temporary folder to unpack it: %2</source>
        <translation>%1: 展開用の一時フォルダを作成できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot unpack &quot;%2&quot;: %3</source>
        <translation>%1: 「%2」を展開できません: %3</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is damaged: %3</source>
        <translation>%1: 項目「%2」が壊れています: %3</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; holds more than it declares: refused</source>
        <translation>%1: 項目「%2」に申告サイズを超える内容があります。受け付けません</translation>
    </message>
    <message>
        <source>request.json: %1: &quot;%2&quot; is not a path inside the package</source>
        <translation>request.json: %1: 「%2」はパッケージ内のパスではありません</translation>
    </message>
    <message>
        <source>request.json: %1: &quot;%2&quot; is not in the package</source>
        <translation>request.json: %1: 「%2」はパッケージにありません</translation>
    </message>
    <message>
        <source>request.json: %1: &quot;%2&quot; leads out of the package</source>
        <translation>request.json: %1: 「%2」はパッケージの外を指しています</translation>
    </message>
    <message>
        <source>request.json: %1: &quot;%2&quot; is not a file</source>
        <translation>request.json: %1: 「%2」はファイルではありません</translation>
    </message>
    <message>
        <source>request.json: not found in the package (%1)</source>
        <translation>request.json: パッケージにありません（%1）</translation>
    </message>
    <message>
        <source>request.json: larger than 1 MiB</source>
        <translation>request.json: 1 MiB を超えています</translation>
    </message>
    <message>
        <source>request.json: not valid JSON at offset %1: %2</source>
        <translation>request.json: 位置 %1 で JSON として正しくありません: %2</translation>
    </message>
    <message>
        <source>request.json: not a JSON object</source>
        <translation>request.json: JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>request.json: unknown field &quot;%1&quot;</source>
        <translation>request.json: 不明な項目「%1」</translation>
    </message>
    <message>
        <source>request.json: schema_version: a whole number from 1 is required</source>
        <translation>request.json: schema_version: 1 以上の整数が必要です</translation>
    </message>
    <message>
        <source>request.json: schema_version: %1 is from a newer request format; this Kessai reads up to %2</source>
        <translation>request.json: schema_version: %1 は新しい形式です。この Kessai が読めるのは %2 までです</translation>
    </message>
    <message>
        <source>request.json: %1: required</source>
        <translation>request.json: %1: 必須です</translation>
    </message>
    <message>
        <source>request.json: %1: a text is required</source>
        <translation>request.json: %1: 文字列が必要です</translation>
    </message>
    <message>
        <source>request.json: %1: must not be empty</source>
        <translation>request.json: %1: 空にはできません</translation>
    </message>
    <message>
        <source>request.json: %1: holds a NUL character</source>
        <translation>request.json: %1: NUL 文字が含まれています</translation>
    </message>
    <message>
        <source>request.json: route: a list of stages is required</source>
        <translation>request.json: route: 段階の配列が必要です</translation>
    </message>
    <message>
        <source>request.json: level or route: one of them is required</source>
        <translation>request.json: level または route: どちらかが必要です</translation>
    </message>
    <message>
        <source>request.json: submit: true or false is required</source>
        <translation>request.json: submit: true または false が必要です</translation>
    </message>
    <message>
        <source>request.json: attachments: a list of paths is required</source>
        <translation>request.json: attachments: パスの配列が必要です</translation>
    </message>
    <message>
        <source>request.json: %1: a path is required</source>
        <translation>request.json: %1: パスが必要です</translation>
    </message>
</context>
<context>
    <name>ReturnHistory</name>
    <message>
        <source>Subject changed to “%1”</source>
        <translation>件名を「%1」に変更</translation>
    </message>
    <message>
        <source>Body text revised</source>
        <translation>本文を修正</translation>
    </message>
    <message>
        <source>Details changed (%1)</source>
        <translation>起案の項目を変更（%1）</translation>
    </message>
    <message>
        <source>Attachment %1 “%2” added</source>
        <translation>添付%1「%2」を追加</translation>
    </message>
    <message>
        <source>Attachment “%1” removed</source>
        <translation>添付「%1」を削除</translation>
    </message>
    <message>
        <source>Attachment renamed to “%1”</source>
        <translation>添付の名前を「%1」に変更</translation>
    </message>
    <message>
        <source>Attachment %1 moved to position %2</source>
        <translation>添付%1を%2番目に移動</translation>
    </message>
    <message>
        <source>Attachment %1 “%2”: version %3</source>
        <translation>添付%1「%2」第%3版</translation>
    </message>
</context>
<context>
    <name>RouteCommands</name>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 は存在しません</translation>
    </message>
    <message>
        <source>Shows the route of a document, one line per step in order: stage, kind, login, name, status (pending, current, done, skipped or returned), acted by, acting for (代決), when (UTC) and the comment. With --json: {&quot;document&quot;, &quot;status&quot;, &quot;stages&quot;: [{&quot;steps&quot;: [...]}]}.</source>
        <translation>文書の決裁経路を、ステップごとに1行ずつ順に表示します: 段階、区分、ログイン名、氏名、状態（pending、current、done、skipped、returned）、処理者、代理の対象者（代決）、日時（UTC）、コメント。--json の場合: {&quot;document&quot;, &quot;status&quot;, &quot;stages&quot;: [{&quot;steps&quot;: [...]}]}。</translation>
    </message>
    <message>
        <source>Id of the document.</source>
        <translation>文書の ID。</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Replaces the route of one of your drafts before 提出, then shows it as &quot;route show&quot; does. Give exactly one of --default, --file or --steps.</source>
        <translation>提出前の自分の起案の決裁経路を置き換え、「route show」と同じ形式で表示します。--default、--file、--steps のいずれか1つだけを指定してください。</translation>
    </message>
    <message>
        <source>Id of the draft.</source>
        <translation>起案の ID。</translation>
    </message>
    <message>
        <source>The default route from the 専決規程 and your unit.</source>
        <translation>専決規程と自分の所属から決まる既定経路。</translation>
    </message>
    <message>
        <source>A JSON route: stages of steps with &quot;kind&quot; and &quot;login&quot; (what &quot;route show --json&quot; prints).</source>
        <translation>JSON 形式の決裁経路: &quot;kind&quot; と &quot;login&quot; を持つステップからなる段階の並び（「route show --json」の出力と同じ形式）。</translation>
    </message>
    <message>
        <source>route.json</source>
        <translation>route.json</translation>
    </message>
    <message>
        <source>Stages separated by &apos;,&apos;, parallel steps (合議) by &apos;+&apos;, each KIND:LOGIN, e.g. review:sato_y,consult:watanabe_a+kimura_s,decide:suzuki_h.</source>
        <translation>段階を「,」で、並行するステップ（合議）を「+」で区切り、各ステップを KIND:LOGIN で指定します（例: review:sato_y,consult:watanabe_a+kimura_s,decide:suzuki_h）。</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>route set needs exactly one of --default, --file and --steps</source>
        <translation>route set には --default、--file、--steps のいずれか1つだけを指定してください</translation>
    </message>
    <message>
        <source>--steps is empty</source>
        <translation>--steps が空です</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>%1) %2</source>
        <translation>%1) %2</translation>
    </message>
    <message>
        <source>no default route for document %1: %2; give the route with --steps or --file</source>
        <translation>文書 %1 の既定経路を作成できません: %2。--steps または --file で決裁経路を指定してください</translation>
    </message>
    <message>
        <source>attachment %1 v%2</source>
        <translation>添付%1 第%2版</translation>
    </message>
</context>
<context>
    <name>RoutePlan</name>
    <message>
        <source>a route is a JSON array of stages (%1)</source>
        <translation>決裁経路は段階の JSON 配列で指定します（%1）</translation>
    </message>
    <message>
        <source>unknown step kind &quot;%1&quot;</source>
        <translation>不明なステップの区分「%1」</translation>
    </message>
</context>
<context>
    <name>RoutePlanner</name>
    <message>
        <source>rank %1</source>
        <translation>職位 %1</translation>
    </message>
    <message>
        <source>the drafter&apos;s own title is at or above the deciding title (%1) of %2: choose a higher decision level</source>
        <translation>起案者の役職が、%2 で決裁する役職（%1）と同じかそれより上です。より上位の決裁区分を選んでください</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>no active %1 in %2 to decide %3</source>
        <translation>%2 に %3 を決裁できる有効な %1 がいません</translation>
    </message>
    <message>
        <source>the 専決規程 has no deciding line for %1</source>
        <translation>専決規程に %1 の決裁ラインがありません</translation>
    </message>
</context>
<context>
    <name>RouteSpec</name>
    <message>
        <source>no user with login &quot;%1&quot; for the route</source>
        <translation>決裁経路に指定したログイン名「%1」の職員はいません</translation>
    </message>
    <message>
        <source>--steps: stage %1 is empty</source>
        <translation>--steps: 段階 %1 が空です</translation>
    </message>
    <message>
        <source>--steps: &quot;%1&quot; is not a step kind (review, consult, decide, circulate, post_review)</source>
        <translation>--steps: 「%1」はステップの区分ではありません（review、consult、decide、circulate、post_review）</translation>
    </message>
    <message>
        <source>--steps: &quot;%1&quot; needs a kind, as in review:%1</source>
        <translation>--steps: 「%1」には区分が必要です（例: review:%1）</translation>
    </message>
    <message>
        <source>--steps: a step in stage %1 has no login (KIND:LOGIN)</source>
        <translation>--steps: 段階 %1 にログイン名のないステップがあります（KIND:LOGIN）</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1: JSON ではありません: %2</translation>
    </message>
    <message>
        <source>%1: no stages; a route is an array of stages, or an object with &quot;stages&quot;</source>
        <translation>%1: 段階がありません。決裁経路は段階の配列、または &quot;stages&quot; を持つオブジェクトで指定します</translation>
    </message>
    <message>
        <source>%1: stage %2 has no steps</source>
        <translation>%1: 段階 %2 にステップがありません</translation>
    </message>
    <message>
        <source>%1: stage %2, step %3</source>
        <translation>%1: 段階 %2、ステップ %3</translation>
    </message>
    <message>
        <source>%1: &quot;kind&quot; must be review, consult, decide, circulate or post_review</source>
        <translation>%1: &quot;kind&quot; には review、consult、decide、circulate、post_review のいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1: needs a &quot;login&quot; (or an &quot;assignee_id&quot;)</source>
        <translation>%1: &quot;login&quot;（または &quot;assignee_id&quot;）が必要です</translation>
    </message>
    <message>
        <source>%1: &quot;absence_rule&quot; must be proxy or post_review</source>
        <translation>%1: &quot;absence_rule&quot; には proxy または post_review を指定してください</translation>
    </message>
    <message>
        <source>%1: &quot;may_edit&quot; must be true or false</source>
        <translation>%1: &quot;may_edit&quot; は true か false で指定してください</translation>
    </message>
</context>
<context>
    <name>RouteTemplateStore</name>
    <message>
        <source>a route template needs a name</source>
        <translation>経路テンプレートには名前が必要です</translation>
    </message>
    <message>
        <source>route template %1 is not one of %2&apos;s</source>
        <translation>経路テンプレート %1 は %2 のものではありません</translation>
    </message>
</context>
<context>
    <name>RouteValidator</name>
    <message>
        <source>user %1</source>
        <translation>職員 %1</translation>
    </message>
    <message>
        <source>the title (件名) is missing</source>
        <translation>件名が入力されていません</translation>
    </message>
    <message>
        <source>the decision level (決裁区分) is missing</source>
        <translation>決裁区分が選択されていません</translation>
    </message>
    <message>
        <source>the file (簿冊) is missing</source>
        <translation>簿冊が選択されていません</translation>
    </message>
    <message>
        <source>stage %1 has no steps</source>
        <translation>段階 %1 にステップがありません</translation>
    </message>
    <message>
        <source>the %1 step in stage %2 has no assignee</source>
        <translation>段階 %2 の %1 のステップに担当者が指定されていません</translation>
    </message>
    <message>
        <source>%1, on the %2 step in stage %3, is inactive</source>
        <translation>段階 %3 の %2 のステップの %1 は無効になっています</translation>
    </message>
    <message>
        <source>the drafter cannot approve their own document (the %1 step in stage %2)</source>
        <translation>起案者は自分の文書を承認できません（段階 %2 の %1 のステップ）</translation>
    </message>
    <message>
        <source>%1 is on the deciding line more than once</source>
        <translation>%1 が決裁ラインに複数回含まれています</translation>
    </message>
    <message>
        <source>the decider, %1, ranks below what the decision level asks (rank %2, needed %3)</source>
        <translation>決裁者 %1 の職位が、決裁区分で求められる職位に達していません（職位 %2、必要な職位 %3）</translation>
    </message>
    <message>
        <source>the 決裁 step must be alone in its stage (stage %1); move the other steps before it</source>
        <translation>決裁のステップは単独の段階にしてください（段階 %1）。他のステップはその前に移してください</translation>
    </message>
    <message>
        <source>only 後閲 steps may follow the 決裁 step; stage %1 comes after it</source>
        <translation>決裁のステップの後に置けるのは後閲のステップだけです。段階 %1 が決裁の後にあります</translation>
    </message>
    <message>
        <source>the route has no steps</source>
        <translation>決裁経路にステップがありません</translation>
    </message>
    <message>
        <source>the route has no 決裁 (decide) step</source>
        <translation>決裁経路に決裁のステップがありません</translation>
    </message>
    <message>
        <source>the route has %1 決裁 (decide) steps; a decision has exactly one</source>
        <translation>決裁経路に決裁のステップが %1 個あります。決裁のステップは1つだけにしてください</translation>
    </message>
    <message>
        <source>a %1 document is circulated (供覧), not decided: remove the 決裁 step</source>
        <translation>%1 の文書は決裁せずに供覧します。決裁のステップを削除してください</translation>
    </message>
    <message>
        <source>a %1 document needs at least one 供覧 (circulate) step</source>
        <translation>%1 の文書には供覧のステップが1つ以上必要です</translation>
    </message>
</context>
<context>
    <name>RowVersionConflict</name>
    <message>
        <source>document %1 was changed by someone else; reload it</source>
        <translation>文書 %1 は他の人が変更しています。再読み込みしてください</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>document %1 was already processed by %2 at %3 (%4); reload it</source>
        <translation>文書 %1 は %3 に %2 がすでに処理しています（%4）。再読み込みしてください</translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message>
        <source>Finds documents by the words in their title, body, comments, number, 簿冊 and the text of their attachments (scans through OCR), newest first; only documents you may open. Words separated by spaces must all occur; &quot;a phrase&quot; in quotes; OR between alternatives; -word excludes (write -- before a query that starts with -). Filters: year:2026 unit:総務課 status:decided level:課長専決 drafter:伊藤 from:2026-04-01 to:2026-06-30 type:pdf, or the options below.</source>
        <translation>件名・本文・コメント・文書番号・簿冊と添付ファイルの本文（スキャンは文字認識）の語で、閲覧できる文書だけを新しい順に検索します。空白で区切った語はすべて含むもの、&quot;語句&quot; は引用符で囲んだ並びのとおり、OR でいずれか、-語 で除外します（- で始まる検索は前に -- を付けてください）。絞り込み: 年度:2026 課:総務課 状態:decided 区分:課長専決 起案者:伊藤 以降:2026-04-01 以前:2026-06-30 添付:pdf、または下記のオプション。</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>検索する語。</translation>
    </message>
    <message>
        <source>QUERY...</source>
        <translation>検索語...</translation>
    </message>
    <message>
        <source>Filter: the same as %1:VALUE in the query.</source>
        <translation>絞り込み: 検索語に %1:値 と書くのと同じです。</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>At most this many documents (default 50).</source>
        <translation>表示する文書の最大数（既定 50）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数</translation>
    </message>
    <message>
        <source>nothing to search for: give a word or a filter</source>
        <translation>検索する内容がありません: 語か絞り込みを指定してください</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>%1%2 document(s) found</source>
        <translation>%1%2 件の文書が見つかりました</translation>
    </message>
    <message>
        <source>attachment %1 %2, page %3</source>
        <translation>添付 %1 %2、%3 ページ</translation>
    </message>
    <message>
        <source>Index every document again.</source>
        <translation>すべての文書を索引に登録し直します。</translation>
    </message>
    <message>
        <source>Leave scans for later (no OCR now).</source>
        <translation>スキャンは後回しにします（今は文字認識をしません）。</translation>
    </message>
    <message>
        <source>indexing: %1 document(s) done, %2 to go</source>
        <translation>索引作成中: %1 件完了、残り %2 件</translation>
    </message>
    <message>
        <source>OCR: %1 page(s) to read</source>
        <translation>文字認識: 残り %1 ページ</translation>
    </message>
    <message>
        <source>Indexed %1 document(s), OCR&apos;d %2 page(s); %3 index entries</source>
        <translation>%1 件の文書を索引に登録し、%2 ページを文字認識しました。索引の項目数 %3</translation>
    </message>
    <message>
        <source>Brings the search index up to date: indexes every queued document, converts office files that have no PDF rendition yet (their text is read from it) and OCRs the pages of scans that wait for it. Stopped, it resumes where it was when run again. --all queues every document first (a rebuild). Progress goes to standard error.</source>
        <translation>検索索引を最新にします。待ち行列にあるすべての文書を索引に入れ、PDF版がまだないOffice文書を変換し（本文はPDF版から読みます）、OCRを待つスキャンのページを読み取ります。中断しても、次に実行したときに続きから再開します。--all を付けると先にすべての文書を待ち行列に入れます（作り直し）。進捗は標準エラー出力に出ます。</translation>
    </message>
    <message>
        <source>converting the office files of %1 document(s)</source>
        <translation>%1 件の文書のOffice文書を変換しています</translation>
    </message>
</context>
<context>
    <name>SearchIndexStore</name>
    <message>
        <source>Document %1 has too many pages to index (%2).</source>
        <translation>文書 %1 はページ数が多すぎるため索引に登録できません（%2）。</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>%1: &apos;%2&apos; is not a fiscal year (write 2026 or 令和8)</source>
        <translation>%1: 「%2」は年度ではありません（2026 または 令和8 のように書いてください）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a status</source>
        <translation>%1: 「%2」は文書の状態ではありません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a period (write 2026-04-01..2026-06-30)</source>
        <translation>%1: 「%2」は期間ではありません（2026-04-01..2026-06-30 のように書いてください）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (write 2026-04-01)</source>
        <translation>%1: 「%2」は日付ではありません（2026-04-01 のように書いてください）</translation>
    </message>
    <message>
        <source>only the first %1 characters of the search were used</source>
        <translation>検索語は先頭の %1 文字だけを使いました</translation>
    </message>
    <message>
        <source>&apos;%1…&apos; was cut to %2 characters</source>
        <translation>「%1…」は %2 文字に切り詰めました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no letters or digits and was left out</source>
        <translation>「%1」には文字も数字もないため除きました</translation>
    </message>
    <message>
        <source>only the first %1 words were used</source>
        <translation>先頭の %1 語だけを使いました</translation>
    </message>
</context>
<context>
    <name>SenderList</name>
    <message>
        <source>差出人 (sender) is required</source>
        <translation>差出人は必須です</translation>
    </message>
    <message>
        <source>the sender (差出人)</source>
        <translation>差出人</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <source>Sets up an office&apos;s PostgreSQL database, run once by a superuser of the server: the group roles, the schema owned by kessai_owner, row-level security and the guard, the grants, and the organization with its first administrator&apos;s login (no password: Kerberos, or set one with ALTER ROLE). Safe to run again: it repairs what is missing and prints what it did.</source>
        <translation>庁内の PostgreSQL データベースを設定します。サーバーのスーパーユーザーが一度だけ実行します: グループロール、kessai_owner が所有するスキーマ、行単位セキュリティと保護、権限、そして組織と最初の管理者のログイン（パスワードなし: Kerberos を使うか、ALTER ROLE で設定します）。何度実行しても安全で、足りないものを補い、行ったことを表示します。</translation>
    </message>
    <message>
        <source>The organization&apos;s name.</source>
        <translation>組織の名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The first administrator&apos;s login (database role).</source>
        <translation>最初の管理者のログイン名（データベースのロール）。</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>The first administrator&apos;s display name.</source>
        <translation>最初の管理者の表示名。</translation>
    </message>
    <message>
        <source>server init needs --organization and --admin</source>
        <translation>server init には --organization と --admin が必要です</translation>
    </message>
    <message>
        <source>Brings an office server&apos;s schema to this version (as a superuser): migrations, then the ownership and grants of what they added. Prints what it did.</source>
        <translation>庁内サーバーのスキーマをこの版に更新します（スーパーユーザーで実行）: スキーマの更新の後、追加されたものの所有者と権限を設定し、行ったことを表示します。</translation>
    </message>
    <message>
        <source>Lists anything out of place on the office server: a login holding privileges of its own, row-level security off or a policy missing, a guard trigger missing or disabled, an object not owned by kessai_owner. Exit status 0 when sound, 2 otherwise.</source>
        <translation>庁内サーバーで想定と違う点を一覧表示します: 独自の権限を持つログイン、無効な行単位セキュリティや欠けたポリシー、欠けた・無効な保護トリガー、kessai_owner 以外が所有するオブジェクト。問題がなければ終了コード 0、あれば 2。</translation>
    </message>
    <message>
        <source>The server is set up as Kessai expects: nothing out of place</source>
        <translation>サーバーは Kessai の想定どおりに設定されています: 問題はありません</translation>
    </message>
    <message>
        <source>%1 problem(s) found on the server</source>
        <translation>サーバーに %1 件の問題があります</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>%1 is for a PostgreSQL office server; %2 is an SQLite file</source>
        <translation>%1 は庁内の PostgreSQL サーバー用です。%2 は SQLite ファイルです</translation>
    </message>
    <message>
        <source>%1 needs a superuser of the server (e.g. postgres); %2 is not one</source>
        <translation>%1 にはサーバーのスーパーユーザー（postgres など）が必要です。%2 はスーパーユーザーではありません</translation>
    </message>
    <message>
        <source>group roles kessai_owner, kessai_staff, kessai_records_manager, kessai_admin and kessai_role_admin are there</source>
        <translation>グループロール kessai_owner、kessai_staff、kessai_records_manager、kessai_admin、kessai_role_admin があります</translation>
    </message>
    <message>
        <source>Kessai&apos;s tables and functions belong to kessai_owner (kessai_manage_login to kessai_role_admin)</source>
        <translation>Kessai のテーブルと関数は kessai_owner の所有です（kessai_manage_login は kessai_role_admin）</translation>
    </message>
    <message>
        <source>privileges granted to the group roles only; nothing to PUBLIC</source>
        <translation>権限はグループロールにだけ与えました。PUBLIC には何も与えていません</translation>
    </message>
    <message>
        <source>staff logins are managed by Kessai: user add, import-org and demo-seed create them</source>
        <translation>職員のログインは Kessai が管理します: user add、import-org、demo-seed が作成します</translation>
    </message>
    <message>
        <source>the organization exists already (%1): left as it is</source>
        <translation>組織はすでにあります（%1）: そのままにしました</translation>
    </message>
    <message>
        <source>organization %1 created; its first administrator logs in as %2</source>
        <translation>組織 %1 を作成しました。最初の管理者のログイン名は %2 です</translation>
    </message>
    <message>
        <source>%1 is an SQLite file: there is no server to check</source>
        <translation>%1 は SQLite ファイルです: 確認するサーバーはありません</translation>
    </message>
    <message>
        <source>the role %1 does not exist (run kessai-cli server init)</source>
        <translation>ロール %1 がありません（kessai-cli server init を実行してください）</translation>
    </message>
    <message>
        <source>row-level security is off on %1</source>
        <translation>%1 の行単位セキュリティが無効です</translation>
    </message>
    <message>
        <source>%1 has no row-level security policy</source>
        <translation>%1 に行単位セキュリティのポリシーがありません</translation>
    </message>
    <message>
        <source>the guard trigger %1 on %2 is missing</source>
        <translation>%2 の保護トリガー %1 がありません</translation>
    </message>
    <message>
        <source>the guard trigger %1 on %2 is disabled</source>
        <translation>%2 の保護トリガー %1 が無効になっています</translation>
    </message>
    <message>
        <source>%1 holds %2 on %3 directly: privileges belong to the group roles</source>
        <translation>%1 が %3 の %2 権限を直接持っています: 権限はグループロールに与えるものです</translation>
    </message>
    <message>
        <source>the table %1 belongs to %2, not kessai_owner</source>
        <translation>テーブル %1 の所有者が kessai_owner ではなく %2 です</translation>
    </message>
    <message>
        <source>staff may create objects in the schema public</source>
        <translation>職員がスキーマ public にオブジェクトを作成できます</translation>
    </message>
    <message>
        <source>the SECURITY DEFINER function %1 has no fixed search_path</source>
        <translation>SECURITY DEFINER の関数 %1 に search_path が固定されていません</translation>
    </message>
    <message>
        <source>the staff login %1 can bypass the guard (superuser, CREATEROLE or BYPASSRLS)</source>
        <translation>職員のログイン %1 は保護を回避できます（スーパーユーザー、CREATEROLE または BYPASSRLS）</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>the account &quot;%1&quot; is not registered in %2</source>
        <translation>アカウント「%1」は %2 に登録されていません</translation>
    </message>
    <message>
        <source>the user given to --as &quot;%1&quot; is not registered in %2</source>
        <translation>--as で指定した利用者「%1」は %2 に登録されていません</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is inactive</source>
        <translation>アカウント「%1」は無効になっています</translation>
    </message>
    <message>
        <source>the user given to --as &quot;%1&quot; is inactive</source>
        <translation>--as で指定した利用者「%1」は無効になっています</translation>
    </message>
    <message>
        <source>only an administrator may act for another user (--as %1); &quot;%2&quot; is not one</source>
        <translation>他の利用者として操作できるのは管理者だけです（--as %1）。「%2」は管理者ではありません</translation>
    </message>
    <message>
        <source>%1 needs the role &quot;%2&quot;; %3 does not have it</source>
        <translation>この操作（%1）には権限「%2」が必要ですが、%3 にはこの権限がありません</translation>
    </message>
</context>
<context>
    <name>SettingsCommands</name>
    <message>
        <source>Shows the organization&apos;s settings, one per line: name, value.</source>
        <translation>組織の設定を1行に1つずつ表示します: 名前、値。</translation>
    </message>
    <message>
        <source>Changes a setting of the organization (administrators only; recorded in the audit log). attachment-limit: the largest file accepted as an attachment, in bytes.</source>
        <translation>組織の設定を変更します（管理者のみ。監査ログに記録）。attachment-limit: 添付できる最大のファイルサイズ（バイト）。</translation>
    </message>
    <message>
        <source>The setting: attachment-limit.</source>
        <translation>設定名: attachment-limit。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>設定名</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>新しい値。</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>値</translation>
    </message>
    <message>
        <source>settings set needs a NAME: attachment-limit</source>
        <translation>settings set には設定名が必要です: attachment-limit</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; expected attachment-limit</source>
        <translation>不明な設定「%1」。使えるもの: attachment-limit</translation>
    </message>
    <message>
        <source>The largest attachment accepted is now %1 bytes</source>
        <translation>添付できる最大サイズを %1 バイトにしました</translation>
    </message>
</context>
<context>
    <name>SetupCommands</name>
    <message>
        <source>Creates the organization in an empty database, with the standard titles, decision levels and retention schedule. The account running the command becomes the first administrator.</source>
        <translation>空のデータベースに組織を作成し、標準の役職・決裁区分・保存期間表を登録します。コマンドを実行したアカウントが最初の管理者になります。</translation>
    </message>
    <message>
        <source>Name of the organization.</source>
        <translation>組織の名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Your display name (default: your login).</source>
        <translation>あなたの表示名（既定: ログイン名）。</translation>
    </message>
    <message>
        <source>init cannot be combined with --as: the first administrator is the account running it</source>
        <translation>init は --as と併用できません。最初の管理者は実行したアカウントです</translation>
    </message>
    <message>
        <source>Created the organization &quot;%1&quot; in %2; administrator: %3</source>
        <translation>%2 に組織「%1」を作成しました。管理者: %3</translation>
    </message>
    <message>
        <source>Adds and updates units and staff from a CSV file (header: record,code,name,level,parent,order,login,kana,title,unit,roles,active). The whole file is applied, or nothing if any row is invalid.</source>
        <translation>CSV ファイルから所属と職員を追加・更新します（見出し行: record,code,name,level,parent,order,login,kana,title,unit,roles,active）。ファイル全体を反映し、不正な行が一つでもあれば何も取り込みません。</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8 or Shift_JIS).</source>
        <translation>CSV ファイル（UTF-8 または Shift_JIS）。</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>ファイル.csv</translation>
    </message>
    <message>
        <source>import-org needs the CSV file to import</source>
        <translation>import-org には取り込む CSV ファイルを指定してください</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: %2 units added, %3 units updated, %4 users added, %5 users updated</source>
        <translation>%1: 所属 %2 件追加・%3 件更新、職員 %4 件追加・%5 件更新</translation>
    </message>
    <message>
        <source>Fills a new organization (one without units) with a small prefecture to try Kessai on: departments, divisions, sections, about 20 staff and documents in every state. You join the general affairs division so that every folder has something in it.</source>
        <translation>所属のない新しい組織に、試用のための小さな県を登録します: 部・課・係、職員約20名、あらゆる状態の文書。すべてのフォルダに文書が入るよう、あなたは総務課に所属します。</translation>
    </message>
    <message>
        <source>Loaded the demo organization: %1 units, %2 users, %3 documents</source>
        <translation>デモ組織を登録しました: 所属 %1、職員 %2、文書 %3</translation>
    </message>
    <message>
        <source>Loaded the demo organization: %1 units, %2 users</source>
        <translation>デモ組織を登録しました: 所属 %1、職員 %2</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>lost the connection to %1 (error %2)</source>
        <translation>%1 との接続が切断されました（エラー %2）</translation>
    </message>
    <message>
        <source>the database refused the change because it conflicts with the stored data (error %1); nothing was changed</source>
        <translation>登録済みのデータと矛盾するため、データベースが変更を拒否しました（エラー %1）。何も変更していません</translation>
    </message>
    <message>
        <source>unexpected database error %1; nothing was changed</source>
        <translation>予期しないデータベースエラー %1 が発生しました。何も変更していません</translation>
    </message>
    <message>
        <source>a text value</source>
        <translation>文字列の値</translation>
    </message>
    <message>
        <source>the database refused the change: %1</source>
        <translation>データベースが変更を拒否しました: %1</translation>
    </message>
    <message>
        <source>the server refused: %1</source>
        <translation>サーバーが拒否しました: %1</translation>
    </message>
</context>
<context>
    <name>StatsCommands</name>
    <message>
        <source>--%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1「%2」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>The 電子決裁率 (electronic decision rate) of the decisions with a 決裁日 in the period, with the counts (electronic, paper, total) and the rules applied. Administrators see every unit, a 文書管理者 their 課.</source>
        <translation>期間内に決裁日がある決裁の電子決裁率を、件数（電子・紙・計）と適用した規則とともに表示します。管理者はすべての所属、文書管理者は自課を見られます。</translation>
    </message>
    <message>
        <source>Where decisions stall (滞留): documents waiting now per unit (or per approver), oldest first, then the median and 90th percentile hours from 提出 to 決裁 and the 差戻し rate.</source>
        <translation>決裁の滞留：いま処理待ちの文書を所属（または承認者）ごとに古い順に表示し、続いて提出から決裁までの時間の中央値と 90 パーセンタイル、差戻し率を表示します。</translation>
    </message>
    <message>
        <source>Why decisions went on paper: each reason, how often, in which unit.</source>
        <translation>紙決裁になった理由：理由ごとの件数と所属。</translation>
    </message>
    <message>
        <source>First 決裁日, YYYY-MM-DD (default: the start of this fiscal year).</source>
        <translation>最初の決裁日（YYYY-MM-DD、省略時は今年度の初日）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Last 決裁日, YYYY-MM-DD (default: today).</source>
        <translation>最後の決裁日（YYYY-MM-DD、省略時は今日）。</translation>
    </message>
    <message>
        <source>Only this unit (code) and the units under it.</source>
        <translation>この所属（コード）とその配下だけ。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>what</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Units at this level: department, division (default) or section.</source>
        <translation>集計する所属の階層：department（部）、division（課、既定）、section（係）。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>階層</translation>
    </message>
    <message>
        <source>Write CSV for Excel (UTF-8 with BOM, ISO and 和暦 dates).</source>
        <translation>Excel 用の CSV を出力します（BOM 付き UTF-8、日付は ISO と和暦）。</translation>
    </message>
    <message>
        <source>--level &quot;%1&quot; is not department, division or section</source>
        <translation>--level「%1」は department、division、section のいずれでもありません</translation>
    </message>
    <message>
        <source>--csv and --json exclude each other</source>
        <translation>--csv と --json は同時に指定できません</translation>
    </message>
    <message>
        <source>--unit: no unit with the code &quot;%1&quot;</source>
        <translation>--unit：コード「%1」の所属はありません</translation>
    </message>
    <message>
        <source>--by &quot;%1&quot; is not unit, month, level or kind</source>
        <translation>--by「%1」は unit、month、level、kind のいずれでもありません</translation>
    </message>
    <message>
        <source>target %1%</source>
        <translation>目標 %1%</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>規則：%1</translation>
    </message>
    <message numerus="yes">
        <source> — %n decision(s) excluded</source>
        <translation>
            <numerusform> — 除外 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>--by &quot;%1&quot; is not unit, approver or level</source>
        <translation>--by「%1」は unit、approver、level のいずれでもありません</translation>
    </message>
    <message>
        <source>提出→決裁 %1: %2 decision(s), median %3 h, 90%: %4 h, 差戻し %5%</source>
        <translation>提出→決裁 %1：決裁 %2 件、中央値 %3 時間、90%値 %4 時間、差戻し %5%</translation>
    </message>
    <message>
        <source>rate: break down by unit, month, level (決裁区分) or kind (文書の種類); stall: unit, approver or level.</source>
        <translation>rate: 所属、月、決裁区分または文書の種類別に集計。stall: 所属、決裁者または決裁区分別。</translation>
    </message>
</context>
<context>
    <name>StorableText</name>
    <message>
        <source>%1 contains a NUL character (U+0000), which cannot be stored; remove it</source>
        <translation>%1に保存できない NUL 文字（U+0000） が含まれています。取り除いてください</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>Checks every stored content (its chunks all there, each of the right size, the SHA-256 of the whole), the sizes the attachments record and the audit log&apos;s hash chain. Progress goes to standard error, each problem to a line of its own; exit status 0 if all is intact, 2 if anything is wrong.</source>
        <translation>すべての保存内容（チャンクがすべてそろい、それぞれの大きさが正しく、全体の SHA-256 が一致すること）、添付の版が記録するサイズ、監査ログのハッシュチェーンを検証します。進み具合は標準エラー出力に、問題は1件ずつ1行で表示します。終了コードは、すべて正常なら 0、問題があれば 2 です。</translation>
    </message>
    <message>
        <source>checking stored content: %1% (%2 of %3, %4 of %5 items)</source>
        <translation>保存内容を検証しています: %1%（%3 中 %2、%5 件中 %4 件）</translation>
    </message>
    <message>
        <source>The store is intact: %1 stored contents (%2) and %3 audit events checked</source>
        <translation>保存内容は正常です: 保存内容 %1 件（%2）と監査ログ %3 件を検証しました</translation>
    </message>
    <message>
        <source>note: %1 upload(s) in progress or abandoned (abandoned ones are discarded by the next attach)</source>
        <translation>注意: 取り込み中または放棄された保存が %1 件あります（放棄されたものは次の添付の際に破棄されます）</translation>
    </message>
    <message>
        <source>%1 problem(s) found in the store</source>
        <translation>保存内容に %1 件の問題が見つかりました</translation>
    </message>
</context>
<context>
    <name>StoreConnection</name>
    <message>
        <source>invalid database location</source>
        <translation>データベースの場所が正しくありません</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 はデータベースファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied)</source>
        <translation>%1 を読み込めません（アクセス権がありません）</translation>
    </message>
    <message>
        <source>%1 is read-only; Kessai needs to write to the file and its folder</source>
        <translation>%1 は読み取り専用です。Kessai にはファイルとそのフォルダへの書き込み権限が必要です</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Kessai database (not an SQLite file); it was left unchanged</source>
        <translation>%1 は Kessai のデータベースではありません（SQLite のファイルではありません）。ファイルは変更していません</translation>
    </message>
    <message>
        <source>%1 is not a Kessai database; it was left unchanged</source>
        <translation>%1 は Kessai のデータベースではありません。ファイルは変更していません</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Kessai (schema %2; this version knows up to %3); it was left unchanged</source>
        <translation>%1 は新しいバージョンの Kessai で作成されています（スキーマ %2。このバージョンが扱えるのは %3 まで）。ファイルは変更していません</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダ %1 を作成できません</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 に失敗しました: %3</translation>
    </message>
    <message>
        <source>socket %1 port %2</source>
        <translation>ソケット %1、ポート %2</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1 (database %2): %3</source>
        <translation>PostgreSQL（%1、データベース %2）に接続できません: %3</translation>
    </message>
    <message>
        <source>%1 holds no Kessai database yet</source>
        <translation>%1 にはまだ Kessai のデータベースがありません</translation>
    </message>
    <message>
        <source>%1; nothing was created (a new database is made only by &quot;kessai-cli init&quot; or the desktop application&apos;s first start)</source>
        <translation>%1。何も作成していません（新しいデータベースを作るのは「kessai-cli init」とデスクトップアプリの初回起動だけです）</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
</context>
<context>
    <name>StoreVerifier</name>
    <message>
        <source>the check was cancelled</source>
        <translation>検証を中止しました</translation>
    </message>
    <message>
        <source>it has %1 chunks (the last numbered %2) where its size calls for %3</source>
        <translation>サイズからはチャンク %3 個のはずが %1 個あります（最後の番号は %2）</translation>
    </message>
    <message>
        <source>%1: %2 (content %3)</source>
        <translation>%1: %2（内容 %3）</translation>
    </message>
    <message>
        <source>document %1, attachment %2 &quot;%3&quot; (version %4): the version records %5 bytes, its stored content %6</source>
        <translation>文書 %1 の添付%2「%3」（第%4版）: 版の記録は %5 バイト、保存内容は %6 バイトです</translation>
    </message>
    <message numerus="yes">
        <source>%n stored chunk(s) belong to no content</source>
        <translation>
            <numerusform>どの保存内容にも属さないチャンクが %n 個あります</numerusform>
        </translation>
    </message>
    <message>
        <source>audit log: %1</source>
        <translation>監査ログ: %1</translation>
    </message>
    <message>
        <source>on the office server only records managers (文書管理者) see every stored content, which verifying the store needs; %1 is not one</source>
        <translation>庁内サーバーでは、すべての保存内容を見られるのは文書管理者だけです（保存内容の検証にはそれが必要です）。%1 は文書管理者ではありません</translation>
    </message>
</context>
<context>
    <name>SubmissionCheck</name>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 は存在しません</translation>
    </message>
    <message>
        <source>Submitted as %1.</source>
        <translation>提出しました。文書番号は %1 です。</translation>
    </message>
    <message>
        <source>It now awaits %1.</source>
        <translation>次は %1 です。</translation>
    </message>
</context>
<context>
    <name>TextDocumentBuilder</name>
    <message>
        <source>[The rest of this file (%1 more characters) is not shown here; open the file to read it.]</source>
        <translation>[このファイルの残り（%1 文字）はここには表示していません。ファイルを開いてお読みください。]</translation>
    </message>
</context>
<context>
    <name>TextPageSource</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>[Only the first %1 MiB of this file are shown; open the file to read the rest.]</source>
        <translation>[このファイルは先頭の %1 MiB だけを表示しています。続きはファイルを開いてお読みください。]</translation>
    </message>
    <message>
        <source>The text could not be laid out.</source>
        <translation>テキストをレイアウトできませんでした。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%2: %1 に失敗しました: %3</translation>
    </message>
</context>
<context>
    <name>TransferPackage</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>簿冊 %1 does not exist</source>
        <translation>簿冊 %1 は存在しません</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>フォルダ %1 は存在しません</translation>
    </message>
    <message>
        <source>%1 exists already: a package is never overwritten</source>
        <translation>%1 はすでにあります。パッケージは上書きしません</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>件名: %1
文書番号: %2
起案者: %3
決裁日: %4
施行日: %5

%6
</source>
        <translation>件名: %1
文書番号: %2
起案者: %3
決裁日: %4
施行日: %5

%6
</translation>
    </message>
    <message>
        <source>番号なし</source>
        <translation>番号なし</translation>
    </message>
    <message>
        <source>経路:</source>
        <translation>経路:</translation>
    </message>
    <message>
        <source>the package was cancelled; nothing was left behind</source>
        <translation>パッケージの作成を中止しました。何も残っていません</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 を %2 に名前変更できません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>document %1 (%2) has no 原議 PDF: the package is not written without it</source>
        <translation>文書 %1（%2）の原議 PDF がありません。原議のないパッケージは作成しません</translation>
    </message>
</context>
<context>
    <name>TypeDetector</name>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the content is not a known document type</source>
        <translation>内容が既知の文書形式ではありません</translation>
    </message>
    <message>
        <source>the content is %1</source>
        <translation>内容は %1 です</translation>
    </message>
    <message>
        <source>named .%1, but %2</source>
        <translation>拡張子は .%1 ですが、%2</translation>
    </message>
</context>
<context>
    <name>WarmOfficeConverter</name>
    <message>
        <source>LibreOffice did not finish within %1 s and was stopped; the other documents were converted without it.</source>
        <translation>LibreOffice が %1 秒以内に終了しなかったため停止しました。ほかの文書はこの文書を除いて変換しました。</translation>
    </message>
    <message>
        <source>The conversion was cancelled.</source>
        <translation>変換を中止しました。</translation>
    </message>
    <message>
        <source>LibreOffice stopped while converting the document, twice.</source>
        <translation>文書の変換中に LibreOffice が 2 回停止しました。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>No temporary folder for LibreOffice could be made.</source>
        <translation>LibreOffice 用の一時フォルダを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>WorkflowCommands</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>職員 %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>承認: approves your step that is due (回議), or gives your 合議 opinion.</source>
        <translation>承認: 自分の番が来たステップを承認するか（回議）、合議の意見を付します。</translation>
    </message>
    <message>
        <source>差戻し: sends the document back, to the drafter or to an earlier step, with a comment saying what to correct. After correction it comes back to you.</source>
        <translation>差戻し: 修正すべき点をコメントに記入して、文書を起案者または前のステップに差し戻します。修正後は自分のところに戻ってきます。</translation>
    </message>
    <message>
        <source>却下: rejects the document, with the reason; the case ends.</source>
        <translation>却下: 理由を付けて文書を却下します。案件は終了します。</translation>
    </message>
    <message>
        <source>引戻し: pulls back your last action (提出 or 承認) while the next person has not acted.</source>
        <translation>引戻し: 次の処理者がまだ処理していなければ、自分の直前の処理（提出または承認）を引き戻します。</translation>
    </message>
    <message>
        <source>決裁: the final decision. Taken by the registered proxy of an absent decider, it is 代決 and the decider reads it afterwards (後閲).</source>
        <translation>決裁: 最終的な決裁を行います。不在の決裁者に代わって登録済みの代理者が行う場合は代決となり、決裁者は後で閲覧します（後閲）。</translation>
    </message>
    <message>
        <source>完結: closes a decided (or enforced) document.</source>
        <translation>完結: 決裁済（または施行済）の文書を完結します。</translation>
    </message>
    <message>
        <source>閲覧: records that you read the document: a 供覧 step, or a 後閲 owed to you.</source>
        <translation>閲覧: 文書を閲覧したことを記録します（供覧のステップ、または自分が行うべき後閲）。</translation>
    </message>
    <message>
        <source>Id of the document.</source>
        <translation>文書の ID。</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>The reason or what to correct (required).</source>
        <translation>理由または修正すべき点（必須）。</translation>
    </message>
    <message>
        <source>A comment kept with your action.</source>
        <translation>処理とともに記録するコメント。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Where to send it: &quot;drafter&quot;, or a step of the route by its id or its assignee&apos;s login.</source>
        <translation>差戻し先: drafter（起案者）、または決裁経路上のステップ（ID または担当者のログイン名で指定）。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>--to: step %1 is not on the route of document %2</source>
        <translation>--to: ステップ %1 は文書 %2 の決裁経路にありません</translation>
    </message>
    <message>
        <source>--to: no user with login &quot;%1&quot;</source>
        <translation>--to: ログイン名「%1」の職員はいません</translation>
    </message>
    <message>
        <source>--to: %1 has no step on the route of document %2</source>
        <translation>--to: 文書 %2 の決裁経路に %1 のステップはありません</translation>
    </message>
    <message>
        <source>document %1: step %2 (%3, %4) was already processed (%5) by %6 at %7; reload it</source>
        <translation>文書 %1: ステップ %2（%3、%4）は %7 に %6 がすでに処理しています（%5）。再読み込みしてください</translation>
    </message>
    <message>
        <source>Document %1 submitted as %2; status: %3.</source>
        <translation>文書 %1 を提出しました（文書番号 %2）。状態: %3。</translation>
    </message>
    <message>
        <source>Document %1 approved; status: %2.</source>
        <translation>文書 %1 を承認しました。状態: %2。</translation>
    </message>
    <message>
        <source>Document %1 sent back (差戻し); status: %2.</source>
        <translation>文書 %1 を差し戻しました。状態: %2。</translation>
    </message>
    <message>
        <source>Document %1 rejected (却下); status: %2.</source>
        <translation>文書 %1 を却下しました。状態: %2。</translation>
    </message>
    <message>
        <source>Your last action on document %1 was pulled back (引戻し); status: %2.</source>
        <translation>文書 %1 に対する直前の処理を引き戻しました。状態: %2。</translation>
    </message>
    <message>
        <source>Document %1 decided (決裁); status: %2.</source>
        <translation>文書 %1 を決裁しました。状態: %2。</translation>
    </message>
    <message>
        <source>Document %1 decided for the absent decider (代決); status: %2.</source>
        <translation>文書 %1 を不在の決裁者に代わって決裁しました（代決）。状態: %2。</translation>
    </message>
    <message>
        <source>Document %1 closed (完結); status: %2.</source>
        <translation>文書 %1 を完結しました。状態: %2。</translation>
    </message>
    <message>
        <source>Document %1 read; status: %2.</source>
        <translation>文書 %1 を閲覧しました。状態: %2。</translation>
    </message>
    <message>
        <source>Document %1: done; status: %2.</source>
        <translation>文書 %1 を処理しました。状態: %2。</translation>
    </message>
    <message>
        <source>提出: submits your draft, or resubmits it after a 差戻し. A draft without a route gets the default route (既定経路) first. The first 提出 gives the document its number (文書番号); every problem that prevents it is listed at once.</source>
        <translation>提出: 自分の起案を提出します。差戻し後は再提出します。経路のない起案には、先に既定経路を設定します。最初の提出で文書番号が付きます。提出できない理由はまとめてすべて表示します。</translation>
    </message>
    <message>
        <source>The 供覧 of document %1 was closed early; status: %2.</source>
        <translation>文書 %1 の供覧を打ち切りました。状態: %2。</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>user %1</source>
        <translation>職員 %1</translation>
    </message>
    <message>
        <source>step %1 (%2, %3)</source>
        <translation>ステップ %1（%2、%3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>%1 is not due yet: an earlier stage has not finished</source>
        <translation>%1 はまだ処理の順番ではありません。前の段階が終わっていません</translation>
    </message>
    <message>
        <source>%1 sent the document back (差戻し) and waits for it to return</source>
        <translation>%1 は文書を差し戻しており、戻ってくるのを待っています</translation>
    </message>
    <message>
        <source>%1 was passed over</source>
        <translation>%1 は引上げにより省略されました</translation>
    </message>
    <message>
        <source>%1 was already processed (%2) by %3</source>
        <translation>%1 は %3 がすでに処理しています（%2）</translation>
    </message>
    <message>
        <source>%1 is not for %2 (nor are they the registered proxy of its absent assignee)</source>
        <translation>%1 は %2 の担当ではありません（不在の担当者の登録済み代理者でもありません）</translation>
    </message>
    <message>
        <source>the document is %1, not in review</source>
        <translation>文書は%1であり、回議中ではありません</translation>
    </message>
    <message>
        <source>step %1 is not on this document&apos;s route</source>
        <translation>ステップ %1 はこの文書の決裁経路にありません</translation>
    </message>
    <message>
        <source>only the drafter, %1, may submit this document</source>
        <translation>この文書を提出できるのは起案者（%1）だけです</translation>
    </message>
    <message>
        <source>the document is %1: only a draft or a returned document can be submitted</source>
        <translation>文書は%1です。提出できるのは起案中または差戻しの文書だけです</translation>
    </message>
    <message>
        <source>the document cannot be submitted yet: </source>
        <translation>文書はまだ提出できません: </translation>
    </message>
    <message>
        <source>%1 is the 決裁 step: decide it (or 代決), do not approve it</source>
        <translation>%1 は決裁のステップです。承認ではなく決裁（または代決）してください</translation>
    </message>
    <message>
        <source>%1 is for reading: read it, do not approve it</source>
        <translation>%1 は閲覧のステップです。承認ではなく閲覧してください</translation>
    </message>
    <message>
        <source>the 後閲 of %1 is for its assignee to read, not for %2</source>
        <translation>%1 の後閲は担当者本人が行うもので、%2 は行えません</translation>
    </message>
    <message>
        <source>the 後閲 of %1 was already read</source>
        <translation>%1 の後閲はすでに済んでいます</translation>
    </message>
    <message>
        <source>%1 is approved or decided, not read, and it owes no 後閲</source>
        <translation>%1 は閲覧ではなく承認または決裁するステップで、後閲も必要ありません</translation>
    </message>
    <message>
        <source>%1 is a 後閲 step: it cannot send the document back</source>
        <translation>%1 は後閲のステップのため、文書を差し戻すことはできません</translation>
    </message>
    <message>
        <source>a 差戻し needs a comment saying what to correct</source>
        <translation>差戻しには、修正すべき点をコメントに記入してください</translation>
    </message>
    <message>
        <source>a 差戻し goes to an earlier stage: %1 is not before %2</source>
        <translation>差戻しは前の段階にしかできません。%1 は %2 より前ではありません</translation>
    </message>
    <message>
        <source>%1 has not approved (it is %2): send the document back to the drafter or to an earlier step that approved it</source>
        <translation>%1 は承認していません（%2）。起案者か、承認済みの前のステップに差し戻してください</translation>
    </message>
    <message>
        <source>a %1 document is not decided, so it cannot be rejected (却下)</source>
        <translation>%1 の文書は決裁しないため、却下できません</translation>
    </message>
    <message>
        <source>%1 cannot reject: only the deciding line (回議, 決裁) rejects (却下); 合議 and 供覧 send back (差戻し)</source>
        <translation>%1 は却下できません。却下できるのは決裁ライン（回議、決裁）だけです。合議と供覧では差戻ししてください</translation>
    </message>
    <message>
        <source>a proxy may approve, decide (代決) or send back (差戻し), but only %1 may reject (却下)</source>
        <translation>代理者は承認・代決・差戻しはできますが、却下できるのは %1 だけです</translation>
    </message>
    <message>
        <source>a 却下 needs a comment giving the reason</source>
        <translation>却下には、理由をコメントに記入してください</translation>
    </message>
    <message>
        <source>%1 is not the 決裁 step</source>
        <translation>%1 は決裁のステップではありません</translation>
    </message>
    <message>
        <source>the decider, %1, is not registered as absent today: 代決 needs a registered absence</source>
        <translation>決裁者 %1 は今日の不在が登録されていません。代決には不在の登録が必要です</translation>
    </message>
    <message>
        <source>%1 is not the registered proxy of the absent decider, %2</source>
        <translation>%1 は不在の決裁者 %2 の登録済み代理者ではありません</translation>
    </message>
    <message>
        <source>the decider decides in person: that is 決裁, not 代決</source>
        <translation>決裁者本人が行う場合は代決ではなく決裁です</translation>
    </message>
    <message>
        <source>%1 is not on the deciding line: only 回議 and 決裁 steps may 引上げ</source>
        <translation>%1 は決裁ライン上にありません。引上げができるのは回議と決裁のステップだけです</translation>
    </message>
    <message>
        <source>%1 is already due: approve or decide it, nothing needs skipping</source>
        <translation>%1 はすでに処理の順番が来ています。引上げではなく承認または決裁してください</translation>
    </message>
    <message>
        <source>a 差戻し is under way: the route must first come back to the step that sent it back</source>
        <translation>差戻し中です。まず差し戻したステップまで文書が戻る必要があります</translation>
    </message>
    <message>
        <source>there is nothing to withdraw (引戻し): the last action was a 決裁, 差戻し or 却下, or the next person has already acted</source>
        <translation>引き戻せる処理がありません。直前の処理が決裁・差戻し・却下であるか、次の処理者がすでに処理しています</translation>
    </message>
    <message>
        <source>only %1, who took the last action, may withdraw it</source>
        <translation>引き戻せるのは、直前の処理を行った %1 だけです</translation>
    </message>
    <message>
        <source>the last action was on step %1, not on step %2</source>
        <translation>直前の処理はステップ %2 ではなく、ステップ %1 に対するものです</translation>
    </message>
    <message>
        <source>a %1 document is not enforced (施行)</source>
        <translation>%1 の文書は施行しません</translation>
    </message>
    <message>
        <source>the document is %1: only a decided document can be enforced (施行)</source>
        <translation>文書は%1です。施行できるのは決裁済の文書だけです</translation>
    </message>
    <message>
        <source>only the drafter, %1, or a records manager may record the 施行</source>
        <translation>施行を記録できるのは起案者（%1）または文書管理者だけです</translation>
    </message>
    <message>
        <source>the 施行日 %1 is before the 決裁日 %2</source>
        <translation>施行日 %1 が決裁日 %2 より前です</translation>
    </message>
    <message>
        <source>a %1 document closes (完結) by itself once everyone has read it</source>
        <translation>%1 の文書は全員が閲覧すると自動的に完結します</translation>
    </message>
    <message>
        <source>the document is %1: only a decided or enforced document can be closed (完結)</source>
        <translation>文書は%1です。完結できるのは決裁済または施行済の文書だけです</translation>
    </message>
    <message>
        <source>only the drafter, %1, or a records manager may close the document</source>
        <translation>文書を完結できるのは起案者（%1）または文書管理者だけです</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>不明な処理</translation>
    </message>
    <message>
        <source>a %1 document is decided, not circulated: only a 供覧 is closed early</source>
        <translation>%1 の文書は決裁するもので、供覧ではありません。打ち切れるのは供覧だけです</translation>
    </message>
    <message>
        <source>the document is %1: only a 供覧 under way can be closed early</source>
        <translation>文書は %1 です。打ち切れるのは進行中の供覧だけです</translation>
    </message>
    <message>
        <source>only a records manager (文書管理者) of the document&apos;s 課 or an administrator may close a 供覧 early</source>
        <translation>供覧を打ち切れるのは、文書の課の文書管理者または管理者だけです</translation>
    </message>
    <message>
        <source>closing a 供覧 early needs a reason</source>
        <translation>供覧の打切りには理由が必要です</translation>
    </message>
</context>
<context>
    <name>WorkflowStore</name>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 は存在しません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>職員 %1</translation>
    </message>
    <message>
        <source>%1) %2</source>
        <translation>%1) %2</translation>
    </message>
    <message>
        <source>document %1 cannot be submitted yet: %2</source>
        <translation>文書 %1 はまだ提出できません: %2</translation>
    </message>
    <message>
        <source>document %1: %2</source>
        <translation>文書 %1: %2</translation>
    </message>
    <message>
        <source>document %1: %2 (%3) has no step to %4 on its route</source>
        <translation>文書 %1: 決裁経路に %2（%3）の %4 のステップがありません</translation>
    </message>
    <message>
        <source>the decision level (決裁区分) is missing: it decides the route</source>
        <translation>決裁区分が選択されていません。決裁経路は決裁区分によって決まります</translation>
    </message>
    <message>
        <source>only the drafter may set the route of document %1</source>
        <translation>文書 %1 の決裁経路を設定できるのは起案者だけです</translation>
    </message>
    <message>
        <source>document %1 is %2: its route can be changed only before 提出</source>
        <translation>文書 %1 は「%2」です。決裁経路は提出前にしか変更できません</translation>
    </message>
    <message>
        <source>route step assignee %1 is not a registered user</source>
        <translation>経路のステップの担当者 %1 は登録された職員ではありません</translation>
    </message>
    <message>
        <source>a note needs a text saying what is corrected</source>
        <translation>付記には訂正の内容を記入してください</translation>
    </message>
    <message>
        <source>document %1 is %2: notes are for decided documents; before 決裁 the drafter corrects the draft itself</source>
        <translation>文書 %1 は「%2」です。付記は決裁済の文書に対して行うものです。決裁前は起案者が起案そのものを修正してください</translation>
    </message>
    <message>
        <source>document %1: a 施行 is recorded with where it went and how (施行先, 施行方法, 公印): use the 施行 dialog or kessai-cli enforce --to … --method …</source>
        <translation>文書 %1: 施行は施行先・施行方法・公印とともに記録します。施行の画面か kessai-cli enforce --to … --method … を使ってください</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダではありません</translation>
    </message>
    <message>
        <source>%1 exists already: it is never overwritten</source>
        <translation>%1 は既にあります。上書きはしません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更できません</translation>
    </message>
    <message>
        <source>%1 cannot be read as a zip file: %2</source>
        <translation>%1 を zip ファイルとして読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is damaged: %3</source>
        <translation>%1: 項目「%2」が壊れています: %3</translation>
    </message>
</context>
<context>
    <name>kessai::credentials::PasswordVault</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>the keychain refused the request (error %1)</source>
        <translation>キーチェーンが要求を拒否しました（エラー %1）</translation>
    </message>
</context>
<context>
    <name>kessai::gui::AbsenceDialog</name>
    <message>
        <source>Absence and proxy</source>
        <translation>不在と代理者</translation>
    </message>
    <message>
        <source>While you are absent, the documents that reach you go to your proxy (代理者), or are decided and shown to you afterwards (後閲).</source>
        <translation>不在の間に届く文書は代理者に回ります。代理者がいないときは代決され、戻ってから後閲で届きます。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>e.g. 出張, 研修, 休暇</source>
        <translation>例：出張、研修、休暇</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理者(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Register absence</source>
        <translation>不在を登録(&amp;R)</translation>
    </message>
    <message>
        <source>(none: 後閲)</source>
        <translation>（なし：後閲）</translation>
    </message>
    <message>
        <source>No proxy: decided without me, shown to me afterwards (後閲)</source>
        <translation>代理者なし（代決され、戻ってから後閲で届く）</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
    <message>
        <source>To: the last day of the absence cannot be before its first day (%1).</source>
        <translation>終了日：不在の最終日を開始日（%1）より前にはできません。</translation>
    </message>
    <message>
        <source>The absence is registered.</source>
        <translation>不在を登録しました。</translation>
    </message>
</context>
<context>
    <name>kessai::gui::ActionDialog</name>
    <message>
        <source>Submit</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>閲覧済にする</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Pull back</source>
        <translation>引戻し</translation>
    </message>
    <message>
        <source>Approve ahead</source>
        <translation>引上げ</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>決裁</translation>
    </message>
    <message>
        <source>Decide on behalf</source>
        <translation>代決</translation>
    </message>
    <message>
        <source>Record enforcement</source>
        <translation>施行を記録</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>完結</translation>
    </message>
    <message>
        <source>The drafter</source>
        <translation>起案者</translation>
    </message>
    <message>
        <source>Send back to:</source>
        <translation>差戻し先:</translation>
    </message>
    <message>
        <source>Required: say what to correct or why</source>
        <translation>必須: 修正すべき点または理由を記入してください</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>コメント:</translation>
    </message>
    <message>
        <source>Rejecting ends the case: a new draft will be needed. To have it corrected, send it back instead.</source>
        <translation>却下すると案件は終了し、改めて起案が必要になります。修正させる場合は差戻ししてください。</translation>
    </message>
    <message>
        <source>Close circulation early</source>
        <translation>供覧を打ち切る</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Required: why the circulation ends before everyone has confirmed</source>
        <translation>必須: 全員の確認を待たずに供覧を終える理由</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>The readers who have not confirmed yet are passed over and can no longer confirm. Your name and the reason are recorded.</source>
        <translation>まだ確認していない閲覧者の段は打切りとなり、以後は確認できません。あなたの名前と理由が記録されます。</translation>
    </message>
</context>
<context>
    <name>kessai::gui::AdministratorTools</name>
    <message>
        <source>&amp;Import organization (CSV)…</source>
        <translation>組織データを取り込む（CSV）(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>監査ログを検証(&amp;V)</translation>
    </message>
    <message>
        <source>Verify the &amp;store…</source>
        <translation>検証(&amp;S)…</translation>
    </message>
    <message>
        <source>Import organization</source>
        <translation>組織データの取り込み</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Units added: %1, updated: %2
Staff added: %3, updated: %4</source>
        <translation>所属 追加 %1・更新 %2
職員 追加 %3・更新 %4</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>何も取り込まれませんでした。

%1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>監査ログは改ざんされていません（%n 件を確認）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with: %1</source>
        <translation>監査ログが改ざんされています: %1</translation>
    </message>
</context>
<context>
    <name>kessai::gui::AttachmentImportWorker</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: 中止しました</translation>
    </message>
    <message>
        <source>%1 changed while it was being copied (%2 bytes instead of %3); the stored copy is the file as it was read</source>
        <translation>%1 はコピー中に変更されました（%3 バイトのはずが %2 バイト）。保存したのは読み込んだ時点の内容です</translation>
    </message>
</context>
<context>
    <name>kessai::gui::AttachmentListModel</name>
    <message>
        <source>Version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保存済</translation>
    </message>
    <message>
        <source>%1
Original name: %2
SHA-256: %3</source>
        <translation>%1
元のファイル名: %2
SHA-256: %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
</context>
<context>
    <name>kessai::gui::AttachmentPanel</name>
    <message>
        <source>Attach…</source>
        <translation>添付…</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A), or drop them here</source>
        <translation>ファイルを添付します（Ctrl+Shift+A）。ここにドロップしても添付できます</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Drop files or folders here. The order here is the order reviewers read them in.</source>
        <translation>ここにファイルやフォルダをドロップしてください。この並び順のとおりに決裁者が閲覧します。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Open the attachment in its application; every save becomes part of a new version</source>
        <translation>添付をそのアプリケーションで開きます。保存した内容は新しい版になります</translation>
    </message>
    <message>
        <source>Finish editing</source>
        <translation>編集終了</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>版の履歴…</translation>
    </message>
    <message>
        <source>Break lock…</source>
        <translation>ロックを解除…</translation>
    </message>
    <message>
        <source>Break a stale edit lock (the client that took it is gone): its owner, or a 文書管理者</source>
        <translation>応答しなくなった端末の編集ロックを解除します（ロックの所有者または文書管理者）</translation>
    </message>
</context>
<context>
    <name>kessai::gui::ConnectionPasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>データベースのパスワード</translation>
    </message>
    <message>
        <source>The server refused the saved password for %1 (it may have been changed). Enter the current password.</source>
        <translation>保存した %1 のパスワードをサーバーが受け付けませんでした（変更された可能性があります）。現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>サーバーが %1 のパスワードを求めています。</translation>
    </message>
    <message>
        <source>Save the password</source>
        <translation>パスワードを保存する</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s keychain, never in a file, and used at the next start</source>
        <translation>OS のキーチェーンに保管し（ファイルには書きません）、次回の起動で使います</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>kessai::gui::ConnectionPasswordFlow</name>
    <message>
        <source>The server refused this password.</source>
        <translation>サーバーがこのパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The system&apos;s keychain could not be read: %1</source>
        <translation>OS のキーチェーンを読めませんでした: %1</translation>
    </message>
    <message>
        <source>The password was saved in the system&apos;s keychain.</source>
        <translation>パスワードを OS のキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The password could not be saved in the system&apos;s keychain: %1</source>
        <translation>パスワードを OS のキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The saved password was deleted from the system&apos;s keychain.</source>
        <translation>保存したパスワードを OS のキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>No password was saved for this server.</source>
        <translation>このサーバーのパスワードは保存されていません。</translation>
    </message>
    <message>
        <source>The saved password could not be deleted: %1</source>
        <translation>保存したパスワードを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>kessai::gui::CoverSheetView</name>
    <message>
        <source>[Urgent]</source>
        <translation>【至急】</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>(assigned at submission)</source>
        <translation>（提出時に採番）</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>(decided on paper)</source>
        <translation>（紙決裁）</translation>
    </message>
    <message>
        <source>Drafter</source>
        <translation>起案者</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>起案日</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出日</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決裁日</translation>
    </message>
    <message>
        <source>Enforced</source>
        <translation>施行日</translation>
    </message>
    <message>
        <source>Decision level</source>
        <translation>決裁区分</translation>
    </message>
    <message>
        <source>File</source>
        <translation>簿冊</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>公開区分</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>伺い文</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（本文なし）</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>決裁経路</translation>
    </message>
    <message>
        <source>No route yet.</source>
        <translation>経路はまだありません。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>処理日時</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>(for %1)</source>
        <translation>（%1 の代決）</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>（不在）</translation>
    </message>
    <message>
        <source>(skipped ahead)</source>
        <translation>（引上げ）</translation>
    </message>
    <message>
        <source>post-review owed</source>
        <translation>後閲未了</translation>
    </message>
    <message>
        <source>post-reviewed %1</source>
        <translation>後閲済 %1</translation>
    </message>
    <message>
        <source>%1 edited attachment %2 (version %3)</source>
        <translation>%1 が 添付%2 を修正（第%3版）</translation>
    </message>
    <message>
        <source>%1 edited “%2” (version %3), since removed</source>
        <translation>%1 が「%2」を修正（第%3版、その後削除）</translation>
    </message>
    <message>
        <source>may edit</source>
        <translation>修正可</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>差戻しの記録</translation>
    </message>
    <message>
        <source>the drafter (%1)</source>
        <translation>起案者（%1）</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第%1回 差戻し</translation>
    </message>
    <message>
        <source>%1 sent it back to %2</source>
        <translation>%1 が %2 に差し戻しました</translation>
    </message>
    <message>
        <source>Comment: </source>
        <translation>理由: </translation>
    </message>
    <message>
        <source>No changes recorded after it.</source>
        <translation>差戻しの後の変更はありません。</translation>
    </message>
    <message>
        <source>Changed after it:</source>
        <translation>差戻しの後の変更:</translation>
    </message>
    <message>
        <source>Taken up again by %1 · %2</source>
        <translation>%1 が再び処理 · %2</translation>
    </message>
    <message>
        <source>Re-submitted by %1 · %2</source>
        <translation>%1 が再提出 · %2</translation>
    </message>
    <message>
        <source>Not yet re-submitted</source>
        <translation>まだ再提出されていません</translation>
    </message>
    <message>
        <source>Decision kind</source>
        <translation>文書の種類</translation>
    </message>
    <message>
        <source>(circulation closed early)</source>
        <translation>（供覧打切り）</translation>
    </message>
</context>
<context>
    <name>kessai::gui::DeskMenu</name>
    <message>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>Electronic decision &amp;desk (電子決裁率)…</source>
        <translation>電子決裁率デスク(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Register a decision made on paper (書面決裁)…</source>
        <translation>書面決裁を登録(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Switch the selected document to paper…</source>
        <translation>選択した文書を紙決裁に切り替え(&amp;S)…</translation>
    </message>
    <message>
        <source>電子決裁率 &amp;target and exclusion rules…</source>
        <translation>電子決裁率の目標値と除外規則(&amp;T)…</translation>
    </message>
    <message>
        <source>Switch to paper</source>
        <translation>紙決裁への切替</translation>
    </message>
    <message>
        <source>Select the document decided on paper in the list first.</source>
        <translation>先に一覧で紙で決裁された文書を選択してください。</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>文書 %1</translation>
    </message>
    <message>
        <source>Decided on paper: %1</source>
        <translation>紙決裁に切り替えました: %1</translation>
    </message>
    <message>
        <source>The office&apos;s &amp;lists: decision kinds, paper reasons…</source>
        <translation>事務局の一覧（文書の種類・紙決裁の理由）(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>kessai::gui::DeskWindow</name>
    <message>
        <source>Electronic decision desk (電子決裁率)</source>
        <translation>電子決裁率デスク</translation>
    </message>
    <message>
        <source>Whole office (all units you oversee)</source>
        <translation>全体（担当するすべての所属）</translation>
    </message>
    <message>
        <source>by 課 (division)</source>
        <translation>課別</translation>
    </message>
    <message>
        <source>by 部 (department)</source>
        <translation>部別</translation>
    </message>
    <message>
        <source>by 係 (section)</source>
        <translation>係別</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>決裁日 from</source>
        <translation>決裁日</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Units (furthest below target first)</source>
        <translation>所属別（目標との差が大きい順）</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>月別</translation>
    </message>
    <message>
        <source>Paper reasons</source>
        <translation>紙決裁の理由</translation>
    </message>
    <message>
        <source>Waiting (滞留)</source>
        <translation>滞留</translation>
    </message>
    <message>
        <source>提出→決裁 and 差戻し</source>
        <translation>提出→決裁と差戻し</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書一覧</translation>
    </message>
    <message>
        <source>Double-click a line to list the documents behind it.</source>
        <translation>行をダブルクリックすると、その数字の文書一覧を表示します。</translation>
    </message>
    <message>
        <source>Double-click a document to open it in the single view.</source>
        <translation>文書をダブルクリックすると一覧表示で開きます。</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>デスク</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV 出力(&amp;C)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF で保存(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <source>電子決裁率 %1% (electronic %2 / paper %3 / total %4) — target %5%</source>
        <translation>電子決裁率 %1%（電子 %2／紙 %3／計 %4）— 目標 %5%</translation>
    </message>
    <message>
        <source>No decision in this period</source>
        <translation>この期間の決裁はありません</translation>
    </message>
    <message numerus="yes">
        <source>• %1 — %n decision(s) excluded</source>
        <translation>
            <numerusform>• %1 — 除外 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>電子決裁率 by month, with the target</source>
        <translation>月別の電子決裁率と目標</translation>
    </message>
    <message>
        <source>電子決裁率</source>
        <translation>電子決裁率</translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation>目標 %1%</translation>
    </message>
    <message>
        <source>Documents: %1 (%2)</source>
        <translation>文書一覧：%1（%2 件）</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV 出力</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF で保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>Rate computed in %1 ms; reading paper reasons, 滞留 and times…</source>
        <translation>電子決裁率を %1 ミリ秒で集計しました。紙決裁の理由・滞留・処理時間を読み込んでいます…</translation>
    </message>
    <message>
        <source>Rate computed in %1 ms, the other figures in %2 ms</source>
        <translation>電子決裁率を %1 ミリ秒、その他の集計を %2 ミリ秒で集計しました</translation>
    </message>
</context>
<context>
    <name>kessai::gui::DocumentActionBar</name>
    <message>
        <source>Single view of all attachments</source>
        <translation>添付を一覧表示</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>起案を編集</translation>
    </message>
    <message>
        <source>Route…</source>
        <translation>決裁経路…</translation>
    </message>
    <message>
        <source>Waiting for the edit to finish: %1</source>
        <translation>編集が終わるのを待っています: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>Kessai</source>
        <translation>Kessai</translation>
    </message>
    <message>
        <source>Attachment %1: %2</source>
        <translation>添付%1: %2</translation>
    </message>
    <message>
        <source>Draft an answer…</source>
        <translation>回答を起案…</translation>
    </message>
</context>
<context>
    <name>kessai::gui::DocumentListContextMenu</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Single view of all attachments</source>
        <translation>添付を一覧表示</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>起案を編集</translation>
    </message>
    <message>
        <source>New draft from this document</source>
        <translation>この文書から新規起案（引用起案）</translation>
    </message>
    <message>
        <source>Copy document number</source>
        <translation>文書番号をコピー</translation>
    </message>
    <message>
        <source>Draft an answer…</source>
        <translation>回答を起案…</translation>
    </message>
</context>
<context>
    <name>kessai::gui::DocumentTableModel</name>
    <message>
        <source>(not numbered)</source>
        <translation>（未採番）</translation>
    </message>
    <message>
        <source>[Urgent] %1</source>
        <translation>【至急】%1</translation>
    </message>
    <message>
        <source>%1 (paper)</source>
        <translation>%1（紙）</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Drafter</source>
        <translation>起案者</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>起案日</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決裁日</translation>
    </message>
</context>
<context>
    <name>kessai::gui::DraftEditor</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Drafter: %1 %2 %3 · Drafted: %4 · %5</source>
        <translation>起案者: %1 %2 %3 · 起案日: %4 · %5</translation>
    </message>
    <message>
        <source>This document is %1: it can no longer be edited here.</source>
        <translation>この文書は「%1」のため、ここでは編集できません。</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>新規起案</translation>
    </message>
    <message>
        <source>%1 — Draft</source>
        <translation>%1 — 起案</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集中</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>The dropped folders contain no files.</source>
        <translation>ドロップしたフォルダにはファイルがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s) (%1 in total) from the dropped folders?</source>
        <translation>
            <numerusform>ドロップしたフォルダの %n 個のファイル（合計 %1）を添付しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has the same content as attachment %2 “%3”. Attach it again?</source>
        <translation>「%1」は添付 %2「%3」と同じ内容です。もう一度添付しますか？</translation>
    </message>
    <message>
        <source>Waiting for a subject</source>
        <translation>件名の入力待ち</translation>
    </message>
    <message>
        <source>attach %1</source>
        <translation>%1 の添付</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 の削除</translation>
    </message>
    <message>
        <source>move attachment %1 to %2</source>
        <translation>添付 %1 を %2 番目へ移動</translation>
    </message>
    <message>
        <source>rename attachment %1</source>
        <translation>添付 %1 の名前変更</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>The clipboard holds no files to attach.</source>
        <translation>クリップボードに添付できるファイルがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are still being stored. Stop and close?</source>
        <translation>
            <numerusform>%n 個のファイルを保存中です。中止して閉じますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft has no subject and cannot be saved. Discard it?</source>
        <translation>件名がないため起案を保存できません。破棄しますか？</translation>
    </message>
    <message>
        <source>Review as reviewers see it</source>
        <translation>決裁者と同じ表示で確認</translation>
    </message>
    <message>
        <source>Editing: saves in the application are stored here</source>
        <translation>編集中: アプリケーションで保存した内容はここに保存されます</translation>
    </message>
    <message numerus="yes">
        <source>Edit saved (%n save(s) in this session)</source>
        <translation>
            <numerusform>編集内容を保存しました（この編集で %n 回保存）</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 stored</source>
        <translation>第%1版を保存しました</translation>
    </message>
    <message>
        <source>Editing ended without changes</source>
        <translation>変更なしで編集を終了しました</translation>
    </message>
    <message>
        <source>Attachment %1 is not locked.</source>
        <translation>添付%1 はロックされていません。</translation>
    </message>
    <message>
        <source>Only its owner or a 文書管理者 may break the lock on “%1” (%2).</source>
        <translation>「%1」のロック（%2）を解除できるのは、ロックの所有者か文書管理者だけです。</translation>
    </message>
    <message>
        <source>stale lock broken from the draft editor</source>
        <translation>起案編集画面から応答しない端末のロックを解除</translation>
    </message>
    <message>
        <source>%1; nothing was attached.</source>
        <translation>%1。何も添付していません。</translation>
    </message>
    <message>
        <source>document %1 does not exist</source>
        <translation>文書 %1 は存在しません</translation>
    </message>
    <message>
        <source>no attachment at position %1</source>
        <translation>%1 番目の添付はありません</translation>
    </message>
    <message>
        <source>Submit…</source>
        <translation>提出…</translation>
    </message>
</context>
<context>
    <name>kessai::gui::DraftForm</name>
    <message>
        <source>Subject (required)</source>
        <translation>件名（必須）</translation>
    </message>
    <message>
        <source>A subject is needed to save the draft.</source>
        <translation>起案を保存するには件名が必要です。</translation>
    </message>
    <message>
        <source>The proposal to decide, as it will read on the cover sheet</source>
        <translation>伺い文（鑑に記載される本文）</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>至急</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>伺い文:</translation>
    </message>
    <message>
        <source>Decision level:</source>
        <translation>決裁区分:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>簿冊:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>保存期間:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>公開区分:</translation>
    </message>
    <message>
        <source>Planned enforcement:</source>
        <translation>施行予定日:</translation>
    </message>
    <message>
        <source>(choose at submission)</source>
        <translation>（提出時に選択）</translation>
    </message>
    <message>
        <source>The sort of business decided: the 電子決裁率 is read by it</source>
        <translation>決裁する事務の種類。電子決裁率はこれで集計されます</translation>
    </message>
    <message>
        <source>Decision kind:</source>
        <translation>文書の種類:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（廃止）</translation>
    </message>
</context>
<context>
    <name>kessai::gui::EditSessionController</name>
    <message>
        <source>Open %1 yourself, edit it, save, and press Finish editing.</source>
        <translation>%1 を手動で開いて編集・保存し、［編集終了］を押してください。</translation>
    </message>
    <message>
        <source>The edit lock on “%1” was broken by someone else. What you saved is kept; Finish editing stores it, and asks first if another version arrived meanwhile.</source>
        <translation>「%1」の編集ロックが他の人によって解除されました。保存した内容は残っています。［編集終了］で保存します（その間に別の版が登録されていれば、先に確認します）。</translation>
    </message>
    <message>
        <source>The working copy %1 could not be written (%2); nothing was opened.</source>
        <translation>作業用のコピー %1 を書き込めませんでした（%2）。何も開いていません。</translation>
    </message>
</context>
<context>
    <name>kessai::gui::EditSessionHub</name>
    <message>
        <source>The working file of “%1” was deleted. What was saved before is kept; press Finish editing to store it.</source>
        <translation>「%1」の作業ファイルが削除されました。それまでに保存した内容は残っています。［編集終了］を押すと版として保存します。</translation>
    </message>
    <message>
        <source>Another version arrived</source>
        <translation>別の版が登録されました</translation>
    </message>
    <message>
        <source>%1

Keep your edited content as the newest version? (No discards your edit; the other version stays.)</source>
        <translation>%1

編集した内容を最新の版として登録しますか？（［いいえ］を選ぶと編集は破棄され、もう一方の版が残ります）</translation>
    </message>
    <message>
        <source>“%1”: %2.

Break this lock? Do it only when that client is gone (closed, crashed, or the machine is off). What it saved stays recorded; the break is logged.</source>
        <translation>「%1」: %2。

このロックを解除しますか？ その端末が使われていない（終了した、異常終了した、電源が切れている）場合にだけ解除してください。保存済みの内容は記録に残り、解除は監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Finish editing</source>
        <translation>編集終了</translation>
    </message>
    <message>
        <source>A note for the new version of “%1” (optional):</source>
        <translation>「%1」の新しい版のメモ（任意）:</translation>
    </message>
</context>
<context>
    <name>kessai::gui::EditorSettingsDialog</name>
    <message>
        <source>Editing applications</source>
        <translation>編集に使うアプリケーション</translation>
    </message>
    <message>
        <source>Which application Edit opens each file type with. %f stands for the file. Types not listed open in the desktop&apos;s usual application.</source>
        <translation>［編集］で各種類のファイルを開くアプリケーションです。%f はファイルを表します。一覧にない種類は、デスクトップの既定のアプリケーションで開きます。</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>拡張子</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>The command “%1” has no extension.</source>
        <translation>コマンド「%1」に拡張子が指定されていません。</translation>
    </message>
    <message>
        <source>The extension .%1 has no command.</source>
        <translation>拡張子 .%1 にコマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Edit office files with LibreOffice</source>
        <translation>Office 文書を LibreOffice で編集</translation>
    </message>
</context>
<context>
    <name>kessai::gui::EnforcementDialog</name>
    <message>
        <source>Record enforcement</source>
        <translation>施行を記録</translation>
    </message>
    <message>
        <source>Enforcement date (施行日):</source>
        <translation>施行日:</translation>
    </message>
    <message>
        <source>Choose from the list or type a name</source>
        <translation>一覧から選ぶか名前を入力</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Sent to (施行先):</source>
        <translation>施行先:</translation>
    </message>
    <message>
        <source>Method (施行方法):</source>
        <translation>施行方法:</translation>
    </message>
    <message>
        <source>Official seal (公印):</source>
        <translation>公印:</translation>
    </message>
    <message>
        <source>Fair copy checked by (浄書確認):</source>
        <translation>浄書確認者:</translation>
    </message>
    <message>
        <source>Issued document (施行文書):</source>
        <translation>施行文書:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1. %2 (version %3)</source>
        <translation>%1. %2（第%3版）</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（記録しない）</translation>
    </message>
    <message>
        <source>(none marked)</source>
        <translation>（指定しない）</translation>
    </message>
    <message>
        <source>%1 — changed since the 決裁</source>
        <translation>%1 — 決裁後に変更</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>文書を読み込んでいます…</translation>
    </message>
    <message>
        <source>Add at least one destination (施行先).</source>
        <translation>施行先を一つ以上追加してください。</translation>
    </message>
    <message>
        <source>The enforcement date %1 is before the decision date (決裁日) %2.</source>
        <translation>施行日 %1 が決裁日 %2 より前です。</translation>
    </message>
    <message>
        <source>“%1” is not the version that was decided: it cannot be the issued document (施行文書).</source>
        <translation>「%1」は決裁された版ではないため、施行文書にできません。</translation>
    </message>
    <message>
        <source>Enforcement recorded: %1, %2</source>
        <translation>施行を記録しました: %1、%2</translation>
    </message>
</context>
<context>
    <name>kessai::gui::FileDocumentsDialog</name>
    <message>
        <source>Documents of %1 (FY%2)</source>
        <translation>%1（%2年度）の文書</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>%1 (FY%2)</source>
        <translation>%1（%2年度）</translation>
    </message>
    <message>
        <source>Move to this file</source>
        <translation>この簿冊へ移す</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>移動先:</translation>
    </message>
    <message>
        <source>This file is closed: its documents stay in it.</source>
        <translation>この簿冊は完結しています。文書は移動できません。</translation>
    </message>
    <message>
        <source>Reason of the hold (lawsuit, disclosure request …)</source>
        <translation>保全の理由（訴訟、情報公開請求など）</translation>
    </message>
    <message>
        <source>Hold the document</source>
        <translation>文書を保全</translation>
    </message>
    <message>
        <source>Select a document and the file to move it to.</source>
        <translation>文書と移動先の簿冊を選んでください。</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Document %1 moved to file %2.</source>
        <translation>文書 %1 を簿冊 %2 に移しました。</translation>
    </message>
    <message>
        <source>Select a document and give the reason of the hold.</source>
        <translation>文書を選び、保全の理由を入力してください。</translation>
    </message>
    <message>
        <source>Placing the hold</source>
        <translation>保全の設定</translation>
    </message>
    <message>
        <source>Hold %1 placed on document %2: its file is not destroyed until it is lifted.</source>
        <translation>文書 %2 に保全 %1 を設定しました。解除されるまで簿冊は廃棄されません。</translation>
    </message>
</context>
<context>
    <name>kessai::gui::FileReassignDialog</name>
    <message>
        <source>Hand files to the successor division</source>
        <translation>後継の課への簿冊の引継ぎ</translation>
    </message>
    <message>
        <source>Every file of %1 goes to the division chosen below.</source>
        <translation>%1 のすべての簿冊を、下で選ぶ課に引き継ぎます。</translation>
    </message>
    <message numerus="yes">
        <source>%n selected file(s) of %1 go to the division chosen below.</source>
        <translation>
            <numerusform>%1 の選択した簿冊 %n 冊を、下で選ぶ課に引き継ぎます。</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. FY2026 reorganization</source>
        <translation>例: 令和8年度組織改編</translation>
    </message>
    <message>
        <source>Successor division:</source>
        <translation>後継の課:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>引き継ぐ</translation>
    </message>
    <message>
        <source>Choose the successor division and give the reason.</source>
        <translation>後継の課を選び、理由を入力してください。</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>引継ぎ</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) handed over.</source>
        <translation>
            <numerusform>%n 冊を引き継ぎました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::FilingClassEditor</name>
    <message>
        <source>Classification of %1</source>
        <translation>%1 の文書分類表</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>分類コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Action at expiry</source>
        <translation>満了時の措置</translation>
    </message>
    <message>
        <source>Only for a new entry</source>
        <translation>新しい分類のときだけ</translation>
    </message>
    <message>
        <source>— (not a leaf)</source>
        <translation>—（末端以外）</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>分類コード:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Default retention:</source>
        <translation>既定の保存期間:</translation>
    </message>
    <message>
        <source>Default action at expiry:</source>
        <translation>既定の満了時の措置:</translation>
    </message>
    <message>
        <source>Add under the selected entry</source>
        <translation>選択した分類の下に追加</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV を取り込む…</translation>
    </message>
    <message>
        <source>Import the classification</source>
        <translation>文書分類表の取込み</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>先に分類を選んでください。</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>%1 %2 added.</source>
        <translation>%1 %2 を追加しました。</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>%1 を保存</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 を取込み</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported from %1.</source>
        <translation>
            <numerusform>%1 から %n 件の分類を取り込みました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::FirstRunDialog</name>
    <message>
        <source>Set up Kessai</source>
        <translation>Kessai の初期設定</translation>
    </message>
    <message>
        <source>This database has no organization yet. Name it, and your account becomes its administrator. No password is needed: your login is your identity.</source>
        <translation>このデータベースにはまだ組織がありません。組織名を入力すると、あなたのアカウントが管理者になります。パスワードは不要です。ログインがそのまま本人確認になります。</translation>
    </message>
    <message>
        <source>e.g. Hokkaido Prefecture</source>
        <translation>例: 北海道</translation>
    </message>
    <message>
        <source>Load demo data: a small prefecture with 3 departments, 6 divisions, about 20 staff and documents in every state</source>
        <translation>デモデータを読み込む: 3部・6課、職員約20名、あらゆる状態の文書を持つ小さな県</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>組織名:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>あなたの氏名:</translation>
    </message>
    <message>
        <source>Administrator login:</source>
        <translation>管理者のログイン名:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
</context>
<context>
    <name>kessai::gui::FolderListModel</name>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
</context>
<context>
    <name>kessai::gui::HotFolderDock</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>登録可</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>読込不可</translation>
    </message>
    <message>
        <source>Waiting to be received (収受待ち)</source>
        <translation>収受待ち</translation>
    </message>
    <message>
        <source>Hot folder…</source>
        <translation>ホットフォルダ…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>登録…</translation>
    </message>
    <message>
        <source>No hot folder chosen</source>
        <translation>ホットフォルダが選択されていません</translation>
    </message>
    <message>
        <source>The scanner&apos;s hot folder</source>
        <translation>スキャナーのホットフォルダ</translation>
    </message>
</context>
<context>
    <name>kessai::gui::MainWindow</name>
    <message>
        <source>Kessai — document management and e-approval</source>
        <translation>Kessai — 文書管理・電子決裁</translation>
    </message>
    <message>
        <source>Select a document to see its cover sheet and route.</source>
        <translation>文書を選ぶと、鑑と決裁経路が表示されます。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database file…</source>
        <translation>データベースファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filter list</source>
        <translation>一覧を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kessai</source>
        <translation>Kessai について(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Filter: subject, number, drafter…</source>
        <translation>絞り込み: 件名・文書番号・起案者…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Kessai needs an organization to work with. Restart it to set one up.</source>
        <translation>Kessai を使うには組織の登録が必要です。再起動して設定してください。</translation>
    </message>
    <message>
        <source>Kessai — %1</source>
        <translation>Kessai — %1</translation>
    </message>
    <message>
        <source>%1 (acting as %2)</source>
        <translation>%1（%2 として操作中）</translation>
    </message>
    <message>
        <source>No documents in “%1”.</source>
        <translation>「%1」に文書はありません。</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>更新できませんでした: %1</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>この文書はもう存在しません。</translation>
    </message>
    <message>
        <source>Kessai</source>
        <translation>Kessai</translation>
    </message>
    <message>
        <source>Open database file</source>
        <translation>データベースファイルを開く</translation>
    </message>
    <message>
        <source>Kessai databases (*.sqlite *.db);;All files (*)</source>
        <translation>Kessai データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>About Kessai</source>
        <translation>Kessai について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kessai %1&lt;/h3&gt;&lt;p&gt;Document management and electronic approval for public administration.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kessai %1&lt;/h3&gt;&lt;p&gt;自治体のための文書管理・電子決裁システム。&lt;/p&gt;&lt;p&gt;データベース: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>新規起案(&amp;N)</translation>
    </message>
    <message>
        <source>New draft from &amp;selected document</source>
        <translation>選択した文書から引用起案(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s) await your decision.</source>
        <translation>
            <numerusform>新たに %n 件の文書があなたの処理を待っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the document to start the new draft from.</source>
        <translation>引用する文書を選択してください。</translation>
    </message>
    <message>
        <source>&amp;Single view of all attachments</source>
        <translation>添付を一覧表示(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Editing applications…</source>
        <translation>編集に使うアプリケーション(&amp;E)…</translation>
    </message>
    <message>
        <source>Attachments are being edited</source>
        <translation>編集中の添付ファイルがあります</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) are still being edited. Store what was saved and finish editing before closing? Closed without finishing, the edit stays open: its lock stays, and Edit carries on the next time.</source>
        <translation>
            <numerusform>%n 件の添付ファイルを編集中です。保存した内容を登録し、編集を終えてから閉じますか？ 編集を終えずに閉じると編集は開いたままになり、ロックも残ります。次回［編集］で続けられます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kessai cannot open %1 without its password.</source>
        <translation>パスワードがないため %1 を開けません。</translation>
    </message>
    <message>
        <source>&amp;Delete saved password</source>
        <translation>保存したパスワードを削除(&amp;D)</translation>
    </message>
    <message>
        <source>The selected document was changed elsewhere (by another user or in another window): the buttons and the route show its current state.</source>
        <translation>選択中の文書は別の場所（他の利用者または別のウィンドウ）で処理されました。ボタンと経路は現在の状態を表示しています。</translation>
    </message>
    <message>
        <source>&amp;Absence and proxy…</source>
        <translation>不在と代理者(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>kessai::gui::OfficeListsDialog</name>
    <message>
        <source>The office&apos;s lists: decision kinds and paper reasons</source>
        <translation>事務局の一覧: 文書の種類と紙決裁の理由</translation>
    </message>
    <message>
        <source>文書の種類 (decision kinds: the 電子決裁率 is read by them)</source>
        <translation>文書の種類（電子決裁率の集計区分）</translation>
    </message>
    <message>
        <source>紙決裁の理由 (why a decision went on paper)</source>
        <translation>紙決裁の理由（紙で決裁した理由）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Needs words</source>
        <translation>理由詳細</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>letters, digits, - or _ (kept for good)</source>
        <translation>英数字・-・_（変更不可）</translation>
    </message>
    <message>
        <source>the reason needs words saying why (like その他)</source>
        <translation>理由詳細の記入が必要（その他のように）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name the selected</source>
        <translation>選択項目の名称を変更(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Retire the selected</source>
        <translation>選択項目を廃止(&amp;R)</translation>
    </message>
    <message>
        <source>A retired entry is no longer offered; the documents and figures that name it keep it. Entries are never deleted.</source>
        <translation>廃止した項目は選択肢に出なくなりますが、付いている文書と集計はそのままです。項目は削除されません。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>要</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>現行</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>&amp;Restore the selected</source>
        <translation>選択項目を復活(&amp;R)</translation>
    </message>
    <message>
        <source>Stored.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>kessai::gui::PaperDecisionDialog</name>
    <message>
        <source>Register a decision made on paper (書面決裁)</source>
        <translation>書面決裁の登録</translation>
    </message>
    <message>
        <source>秘 document</source>
        <translation>秘文書</translation>
    </message>
    <message>
        <source>next of the unit</source>
        <translation>所属の次の番号</translation>
    </message>
    <message>
        <source>optional: PDF or image of the paper</source>
        <translation>任意: 紙の原議の PDF または画像</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>件名</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>起案者</source>
        <translation>起案者</translation>
    </message>
    <message>
        <source>所属</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>決裁区分</source>
        <translation>決裁区分</translation>
    </message>
    <message>
        <source>種類</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>決裁者</source>
        <translation>決裁者</translation>
    </message>
    <message>
        <source>起案日</source>
        <translation>起案日</translation>
    </message>
    <message>
        <source>決裁日</source>
        <translation>決裁日</translation>
    </message>
    <message>
        <source>Reason for paper</source>
        <translation>紙決裁の理由</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translation>理由の詳細</translation>
    </message>
    <message>
        <source>文書番号 on the paper</source>
        <translation>紙に記載の文書番号</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登録(&amp;R)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <source>Scan of the paper decision</source>
        <translation>紙決裁のスキャン</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.tif *.tiff *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>スキャン (*.pdf *.tif *.tiff *.png *.jpg *.jpeg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>登録しています…</translation>
    </message>
    <message>
        <source>Storing the scan and registering…</source>
        <translation>スキャンを保存して登録しています…</translation>
    </message>
    <message>
        <source>Registered as %1 (fiscal year %2).</source>
        <translation>%1 として登録しました（%2 年度）。</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>登録できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>kessai::gui::PrintOptionsDialog</name>
    <message>
        <source>Start each attachment on a new sheet (double-sided printing)</source>
        <translation>添付ごとに新しい用紙から始める（両面印刷）</translation>
    </message>
    <message>
        <source>Print large pages at their own size (e.g. A3 on A3)</source>
        <translation>大きなページは原寸で印刷する（例：A3 は A3 に）</translation>
    </message>
    <message>
        <source>Show a preview first</source>
        <translation>先に印刷プレビューを表示する</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>The cover sheet only</source>
        <translation>鑑のみ</translation>
    </message>
    <message>
        <source>The whole dossier</source>
        <translation>文書一式（鑑と全添付）</translation>
    </message>
    <message>
        <source>A range of attachments</source>
        <translation>添付の範囲を指定</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付</translation>
    </message>
</context>
<context>
    <name>kessai::gui::RateSettingsDialog</name>
    <message>
        <source>電子決裁率: target and exclusion rules</source>
        <translation>電子決裁率: 目標値と除外規則</translation>
    </message>
    <message>
        <source>Set &amp;target</source>
        <translation>目標値を設定(&amp;T)</translation>
    </message>
    <message>
        <source>The office&apos;s target</source>
        <translation>組織の目標値</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Leaves out</source>
        <translation>除外対象</translation>
    </message>
    <message>
        <source>Why (printed with the rate)</source>
        <translation>理由（電子決裁率とともに表示）</translation>
    </message>
    <message>
        <source>&amp;Remove the selected rule</source>
        <translation>選択した規則を削除(&amp;R)</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新しい規則</translation>
    </message>
    <message>
        <source>every 秘 document</source>
        <translation>すべての秘文書</translation>
    </message>
    <message>
        <source>&amp;Add the rule</source>
        <translation>規則を追加(&amp;A)</translation>
    </message>
    <message>
        <source>決裁区分</source>
        <translation>決裁区分</translation>
    </message>
    <message>
        <source>種類</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Rules in force (every report states them, with what they left out):</source>
        <translation>適用中の規則（どの集計にも除外件数とともに表示されます）:</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <source>Stored.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>kessai::gui::ReceiptDialog</name>
    <message>
        <source>Register a received document (収受)</source>
        <translation>収受登録</translation>
    </message>
    <message>
        <source>Date received (収受日)</source>
        <translation>収受日</translation>
    </message>
    <message>
        <source>Sender (差出人)</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Addressee (宛先)</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>日付あり</translation>
    </message>
    <message>
        <source>Date on the document</source>
        <translation>文書の日付</translation>
    </message>
    <message>
        <source>e.g. 財第123号</source>
        <translation>例: 財第123号</translation>
    </message>
    <message>
        <source>Number on the document</source>
        <translation>文書の番号</translation>
    </message>
    <message>
        <source>Title (件名)</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>How it arrived (収受区分)</source>
        <translation>収受区分</translation>
    </message>
    <message>
        <source>To be done (処理区分)</source>
        <translation>処理区分</translation>
    </message>
    <message>
        <source>Drop the scan or the files here</source>
        <translation>スキャンやファイルをここにドロップしてください</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Files (drop here)</source>
        <translation>ファイル（ここにドロップ）</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Files of the received document</source>
        <translation>収受文書のファイル</translation>
    </message>
</context>
<context>
    <name>kessai::gui::ReceiptsMenu</name>
    <message>
        <source>&amp;Receipts</source>
        <translation>収受(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Register a received document…</source>
        <translation>収受登録(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Waiting in the hot folder</source>
        <translation>収受待ち(&amp;W)</translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation>%1 として登録しました</translation>
    </message>
    <message>
        <source>document %1 is not a receipt (収受) you can see</source>
        <translation>文書 %1 は閲覧できる収受文書ではありません</translation>
    </message>
    <message>
        <source>Draft an answer</source>
        <translation>回答を起案</translation>
    </message>
    <message>
        <source>Title (件名) of the draft answering %1 “%2”:</source>
        <translation>%1「%2」に回答する起案の件名:</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>文書 %1</translation>
    </message>
    <message>
        <source>Drafting an answer to %1</source>
        <translation>%1 への回答を起案しています</translation>
    </message>
    <message>
        <source>No answer to %1 was drafted: %2</source>
        <translation>%1 への回答は起案されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>kessai::gui::RecordFileModel</name>
    <message>
        <source>FY%1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>File</source>
        <translation>簿冊</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>満了日</translation>
    </message>
    <message>
        <source>At expiry</source>
        <translation>満了時の措置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書数</translation>
    </message>
</context>
<context>
    <name>kessai::gui::RecordHoldsDialog</name>
    <message>
        <source>Holds in force</source>
        <translation>有効な保全</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保全</translation>
    </message>
    <message>
        <source>On</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>設定者</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>設定日時</translation>
    </message>
    <message>
        <source>Why the hold ends</source>
        <translation>保全を解除する理由</translation>
    </message>
    <message>
        <source>Lift the hold</source>
        <translation>保全を解除</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>簿冊 %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>文書 %1</translation>
    </message>
    <message>
        <source>Select a hold and say why it ends.</source>
        <translation>保全を選び、解除の理由を入力してください。</translation>
    </message>
    <message>
        <source>Lifting hold %1</source>
        <translation>保全 %1 の解除</translation>
    </message>
    <message>
        <source>Hold %1 lifted (it stays on record).</source>
        <translation>保全 %1 を解除しました（記録は残ります）。</translation>
    </message>
</context>
<context>
    <name>kessai::gui::RecordOutput</name>
    <message>
        <source>Save record &amp;PDF…</source>
        <translation>原議 PDF を保存(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the record PDF</source>
        <translation>原議 PDF を保存</translation>
    </message>
    <message>
        <source>record-%1.pdf</source>
        <translation>原議-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Record PDF</source>
        <translation>原議 PDF</translation>
    </message>
    <message>
        <source>Reading the dossier…</source>
        <translation>文書一式を読み込んでいます…</translation>
    </message>
    <message>
        <source>Writing the record PDF…</source>
        <translation>原議 PDF を作成しています…</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>この文書はもう存在しません。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>原議</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>印刷を取り消しました。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>印刷しています…</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>印刷しました。</translation>
    </message>
    <message>
        <source>Save record as PDF/&amp;A (archive)…</source>
        <translation>原議を PDF/A で保存（長期保存用）(&amp;A)…</translation>
    </message>
    <message>
        <source>PDF/A-1b for archiving: a decided document, without the embedded originals</source>
        <translation>長期保存用の PDF/A-1b: 決裁済みの文書のみ、元ファイルの埋め込みなし</translation>
    </message>
    <message>
        <source>Save the record as PDF/A</source>
        <translation>原議を PDF/A で保存</translation>
    </message>
    <message>
        <source>record-%1-pdfa.pdf</source>
        <translation>原議-%1-pdfa.pdf</translation>
    </message>
    <message>
        <source>Print preview (the first %1 of %2 pages; all pages print)</source>
        <translation>印刷プレビュー（全 %2 ページのうち最初の %1 ページ。印刷は全ページ）</translation>
    </message>
</context>
<context>
    <name>kessai::gui::RecordsMenu</name>
    <message>
        <source>&amp;Records management…</source>
        <translation>文書管理(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>kessai::gui::RecordsWindow</name>
    <message>
        <source>Records management</source>
        <translation>文書管理</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>Division:</source>
        <translation>課:</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>年度:</translation>
    </message>
    <message>
        <source>Files of the division, by fiscal year</source>
        <translation>課の簿冊（年度別）</translation>
    </message>
    <message>
        <source>Expiring by the end of the next fiscal year (is the action at expiry still right?)</source>
        <translation>翌年度末までに保存期間が満了する簿冊（満了時の措置は適切か）</translation>
    </message>
    <message>
        <source>Reason (for an extension, a hold, a transfer)</source>
        <translation>理由（延長・保全・移管）</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Extend by:</source>
        <translation>延長年数:</translation>
    </message>
    <message>
        <source>Create the new year&apos;s files</source>
        <translation>新年度の簿冊を作成</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>簿冊を完結</translation>
    </message>
    <message>
        <source>Draft destruction…</source>
        <translation>廃棄の伺いを起案…</translation>
    </message>
    <message>
        <source>Draft transfer…</source>
        <translation>移管の伺いを起案…</translation>
    </message>
    <message>
        <source>Draft extension…</source>
        <translation>延長の伺いを起案…</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保全</translation>
    </message>
    <message>
        <source>Transfer package…</source>
        <translation>移管パッケージ…</translation>
    </message>
    <message>
        <source>Register (CSV)…</source>
        <translation>管理簿（CSV）…</translation>
    </message>
    <message>
        <source>All divisions</source>
        <translation>すべての課</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>FY%1: %n file(s), %2 document(s) (%3)</source>
        <translation>
            <numerusform>%1年度：%n冊、文書 %2 件（%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>簿冊はありません。</translation>
    </message>
    <message>
        <source>Creating the files of FY%1</source>
        <translation>%1年度の簿冊を作成しています</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) created for FY%1.</source>
        <translation>
            <numerusform>%1年度の簿冊を %n 冊作成しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the files first.</source>
        <translation>先に簿冊を選択してください。</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>完結しています</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) closed.</source>
        <translation>
            <numerusform>%n 冊の簿冊を完結しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafting the request</source>
        <translation>伺いを起案しています</translation>
    </message>
    <message>
        <source>Request %1 drafted: submit it (提出) from your drafts; its decision carries it out.</source>
        <translation>伺い %1 を起案しました。起案中の文書から提出してください。決裁されると実行されます。</translation>
    </message>
    <message>
        <source>Select the files and give the reason of the hold.</source>
        <translation>簿冊を選択し、保全の理由を入力してください。</translation>
    </message>
    <message>
        <source>Placing the hold</source>
        <translation>保全を設定しています</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) held: no destruction until the hold is lifted.</source>
        <translation>
            <numerusform>%n 冊の簿冊を保全しました。解除するまで廃棄できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the transfer packages</source>
        <translation>移管パッケージの書出し先フォルダ</translation>
    </message>
    <message>
        <source>Register of files</source>
        <translation>行政文書ファイル管理簿</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>管理簿の書出し</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the register</source>
        <translation>管理簿を書き出しています</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n 冊を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer package as zip</source>
        <translation>移管パッケージを zip で</translation>
    </message>
    <message>
        <source>Classification…</source>
        <translation>文書分類表…</translation>
    </message>
    <message>
        <source>Documents of the file…</source>
        <translation>簿冊の文書…</translation>
    </message>
    <message>
        <source>Holds in force…</source>
        <translation>保全の一覧…</translation>
    </message>
    <message>
        <source>Hand to successor division…</source>
        <translation>後継の課へ引継ぎ…</translation>
    </message>
    <message>
        <source>Print register…</source>
        <translation>管理簿を印刷…</translation>
    </message>
    <message>
        <source>Transfer package: %1</source>
        <translation>移管パッケージ: %1</translation>
    </message>
    <message>
        <source>Choose the division whose classification to edit.</source>
        <translation>文書分類表を編集する課を選んでください。</translation>
    </message>
    <message>
        <source>Select a file first.</source>
        <translation>先に簿冊を選んでください。</translation>
    </message>
    <message>
        <source>Choose the division whose files go to its successor.</source>
        <translation>簿冊を後継の課に引き継ぐ課を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the register.</source>
        <translation>
            <numerusform>管理簿に %n 冊。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::RouteEditorDialog</name>
    <message>
        <source>Route</source>
        <translation>決裁経路</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>When away</source>
        <translation>不在時の扱い</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>既定経路</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>ステップを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>In parallel with the one above</source>
        <translation>上と並行にする</translation>
    </message>
    <message>
        <source>My templates:</source>
        <translation>自分のテンプレート:</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>テンプレートとして保存…</translation>
    </message>
    <message>
        <source>The proxy acts</source>
        <translation>代理者が処理</translation>
    </message>
    <message>
        <source>Read afterwards (後閲)</source>
        <translation>後閲</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>テンプレート名:</translation>
    </message>
    <message>
        <source>May edit</source>
        <translation>修正可</translation>
    </message>
    <message>
        <source>The assignee may edit the attachments (修正) while it is their turn; each edit is a new version, recorded on the route.</source>
        <translation>担当者は自分の番の間、添付ファイルを修正できます。修正はそれぞれ新しい版となり、回議経路に記録されます。</translation>
    </message>
</context>
<context>
    <name>kessai::gui::SearchPanel</name>
    <message>
        <source>Full-text &amp;search</source>
        <translation>全文検索(&amp;S)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search all documents (Ctrl+Shift+F) — e.g. 予算 &quot;道路補修&quot; -廃止 年度:2026</source>
        <translation>すべての文書を検索（Ctrl+Shift+F）— 例: 予算 &quot;道路補修&quot; -廃止 年度:2026</translation>
    </message>
    <message>
        <source>Search (indexing: %1 waiting)</source>
        <translation>検索（索引作成中: 残り %1）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>More than %1 documents found</source>
        <translation>%1 件を超える文書が見つかりました</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n 件の文書が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>(the newest %1 shown)</source>
        <translation>（新しい %1 件を表示）</translation>
    </message>
</context>
<context>
    <name>kessai::gui::SearchResultModel</name>
    <message>
        <source>Attachment %1 %2 · page %3</source>
        <translation>添付 %1 %2 · %3 ページ</translation>
    </message>
</context>
<context>
    <name>kessai::gui::SingleView</name>
    <message>
        <source>Attachment %1</source>
        <translation>添付 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>converted to PDF</source>
        <translation>PDF に変換済</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>パスワード…</translation>
    </message>
    <message>
        <source>Open externally</source>
        <translation>外部で開く</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>your edit in progress (not yet a version)</source>
        <translation>編集中の内容（まだ版ではありません）</translation>
    </message>
    <message>
        <source>Finish editing</source>
        <translation>編集終了</translation>
    </message>
    <message>
        <source>Break lock…</source>
        <translation>ロックを解除…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Received document %1</source>
        <translation>収受文書 %1</translation>
    </message>
</context>
<context>
    <name>kessai::gui::SingleViewActions</name>
    <message>
        <source>Next pending document</source>
        <translation>次の未決へ</translation>
    </message>
    <message>
        <source>Decide / approve…</source>
        <translation>承認・決裁…</translation>
    </message>
    <message>
        <source>Nothing here awaits your approval or decision.</source>
        <translation>この文書には、あなたが承認・決裁するものはありません。</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>この文書はもうありません。</translation>
    </message>
    <message>
        <source>Someone else has acted on this document in the meantime. The buttons and the route now show its current state.</source>
        <translation>この文書はほかの場所で処理されました。ボタンと経路は今の状態を表示しています。</translation>
    </message>
    <message>
        <source>Nothing else awaits you.</source>
        <translation>ほかに未決はありません。</translation>
    </message>
</context>
<context>
    <name>kessai::gui::SingleViewWindow</name>
    <message>
        <source>The password for “%1” is not correct.</source>
        <translation>「%1」のパスワードが正しくありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Single view</source>
        <translation>一覧表示</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>ページに合わせる</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>回転</translation>
    </message>
    <message>
        <source>Previous attachment</source>
        <translation>前の添付</translation>
    </message>
    <message>
        <source>Next attachment</source>
        <translation>次の添付</translation>
    </message>
    <message>
        <source>Search all attachments (Ctrl+F)</source>
        <translation>すべての添付を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>この文書はもう存在しません。</translation>
    </message>
    <message>
        <source>%1 — Single view</source>
        <translation>%1 — 一覧表示</translation>
    </message>
    <message>
        <source>Cover sheet</source>
        <translation>鑑</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation>添付なし</translation>
    </message>
    <message>
        <source>Attachment %1/%2 · p. %3/%4</source>
        <translation>添付 %1/%2 · %3/%4 ページ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>No application is set up to open %1</source>
        <translation>%1 を開くアプリケーションが設定されていません</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>“%1” is protected by a password:</source>
        <translation>「%1」はパスワードで保護されています:</translation>
    </message>
    <message>
        <source>Version %1 stored</source>
        <translation>第%1版を保存しました</translation>
    </message>
    <message>
        <source>Editing ended without changes</source>
        <translation>変更なしで編集を終了しました</translation>
    </message>
    <message>
        <source>Opening for editing…</source>
        <translation>編集のため開いています…</translation>
    </message>
    <message>
        <source>Break lock</source>
        <translation>ロックの解除</translation>
    </message>
    <message>
        <source>stale lock broken from the single view window</source>
        <translation>一覧表示から応答しない端末のロックを解除</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>版の履歴…</translation>
    </message>
    <message>
        <source>The versions of the attachment on screen: view, compare, restore</source>
        <translation>表示中の添付ファイルの版: 表示・比較・復元</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>収受</translation>
    </message>
    <message>
        <source>Received document %1 · p. %2/%3</source>
        <translation>収受文書 %1 · %2/%3 ページ</translation>
    </message>
</context>
<context>
    <name>kessai::gui::StoreVerifyDialog</name>
    <message>
        <source>Verify the store</source>
        <translation>検証 — 保存内容と監査ログ</translation>
    </message>
    <message>
        <source>Problems found are listed here, one per line.</source>
        <translation>見つかった問題を1件ずつ1行でここに表示します。</translation>
    </message>
    <message>
        <source>Checks every stored content (chunks, sizes, SHA-256) and the audit log&apos;s hash chain. Others can keep working meanwhile.</source>
        <translation>すべての保存内容（チャンク・サイズ・SHA-256）と監査ログのハッシュチェーンを検証します。検証中も他の人は作業を続けられます。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>検証しています…</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was changed.</source>
        <translation>検証を中止しました。何も変更していません。</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>検証できませんでした: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Checking stored content: %1 of %2 (%3 of %4 items)…</source>
        <translation>保存内容を検証しています: %2 中 %1（%4 件中 %3 件）…</translation>
    </message>
    <message>
        <source>%1 stored contents (%2) and %3 audit events checked.</source>
        <translation>保存内容 %1 件（%2）と監査ログ %3 件を検証しました。</translation>
    </message>
    <message>
        <source>The store is intact: %1</source>
        <translation>保存内容は正常です: %1</translation>
    </message>
    <message>
        <source>%1 problem(s) found: %2</source>
        <translation>%1 件の問題が見つかりました: %2</translation>
    </message>
</context>
<context>
    <name>kessai::gui::StoreWorker</name>
    <message>
        <source>no database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>no user session</source>
        <translation>利用者のセッションがありません</translation>
    </message>
</context>
<context>
    <name>kessai::gui::SubmitDialog</name>
    <message>
        <source>Submit</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>経路:</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>Decision level</source>
        <translation>決裁区分</translation>
    </message>
    <message>
        <source>File</source>
        <translation>簿冊</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>経路</translation>
    </message>
    <message numerus="yes">
        <source>the default route (none was set): %n step(s)</source>
        <translation>
            <numerusform>既定経路（経路が未設定のため）: %n 段階</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 段階</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be submitted yet:</source>
        <translation>まだ提出できません:</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出しました</translation>
    </message>
</context>
<context>
    <name>kessai::gui::SwitchToPaperDialog</name>
    <message>
        <source>Switch to a paper decision</source>
        <translation>紙決裁への切替</translation>
    </message>
    <message>
        <source>「%1」 was decided on paper. It becomes 決裁済（紙決裁）: its route stops, and the switch is recorded with its reason in the audit log.</source>
        <translation>「%1」は紙で決裁されました。決裁済（紙決裁）となり、回議は止まります。切替は理由とともに監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Reason for paper</source>
        <translation>紙決裁の理由</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translation>理由の詳細</translation>
    </message>
    <message>
        <source>決裁者</source>
        <translation>決裁者</translation>
    </message>
    <message>
        <source>決裁日</source>
        <translation>決裁日</translation>
    </message>
    <message>
        <source>&amp;Switch to paper</source>
        <translation>紙決裁に切替(&amp;S)</translation>
    </message>
    <message>
        <source>Not switched: %1</source>
        <translation>切り替えられませんでした: %1</translation>
    </message>
</context>
<context>
    <name>kessai::gui::TransferPackageJob</name>
    <message>
        <source>file %1 has no decided transfer waiting for its package</source>
        <translation>簿冊 %1 には、パッケージ作成を待つ決裁済みの移管がありません</translation>
    </message>
    <message>
        <source>no temporary folder for the record PDFs: %1</source>
        <translation>原議 PDF を作成する一時フォルダがありません: %1</translation>
    </message>
    <message>
        <source>Record PDF %1 of %2…</source>
        <translation>原議 PDF %1 / %2 件…</translation>
    </message>
    <message>
        <source>Writing the transfer packages…</source>
        <translation>移管パッケージを書き出しています…</translation>
    </message>
    <message>
        <source>Transferred: %1</source>
        <translation>移管しました: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>kessai::gui::UserGuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>操作ガイド</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>操作ガイド(&amp;U)</translation>
    </message>
</context>
<context>
    <name>kessai::gui::VersionCompareDialog</name>
    <message>
        <source>There is no version %1 of this attachment.</source>
        <translation>この添付には第%1版がありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The PDF cannot be read.</source>
        <translation>PDF を読み込めません。</translation>
    </message>
    <message>
        <source>The PDF has no text (it may be a scan).</source>
        <translation>この PDF には文字情報がありません（スキャン画像の可能性があります）。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>比較中…</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Compare versions %1 and %2: %3</source>
        <translation>第%1版と第%2版の比較: %3</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>一時フォルダを作成できません: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Version %1 is not converted yet: its text can be compared once it has been converted to PDF (open it in the single view).</source>
        <translation>第%1版はまだ PDF に変換されていません。変換後に比較できます（一覧表示で開いてください）。</translation>
    </message>
    <message>
        <source>Version %1 is %2: there is no text to compare.</source>
        <translation>第%1版は%2のため、比較できる文字情報がありません。</translation>
    </message>
    <message>
        <source>The texts are identical.</source>
        <translation>内容は同じです。</translation>
    </message>
    <message>
        <source>%1 lines added, %2 lines removed</source>
        <translation>%1 行追加・%2 行削除</translation>
    </message>
</context>
<context>
    <name>kessai::gui::VersionHistoryDialog</name>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>この版に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Version history: %1</source>
        <translation>版の履歴: %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation>%1 の版</translation>
    </message>
    <message>
        <source>Open the selected version read-only</source>
        <translation>選択した版を読み取り専用で開きます</translation>
    </message>
    <message>
        <source>Store the selected version&apos;s content as a new version</source>
        <translation>選択した版の内容を新しい版として保存します</translation>
    </message>
    <message>
        <source>Compare the text of two selected versions</source>
        <translation>選択した二つの版の内容を比較します</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Restored from version %1</source>
        <translation>第%1版から復元</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>最新版</translation>
    </message>
    <message>
        <source>The current version already has the content of version %1.</source>
        <translation>最新版はすでに第%1版と同じ内容です。</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>第%1版を第%2版として復元しました。</translation>
    </message>
    <message>
        <source>“%1”, version %2 by %3, %4 (read-only)</source>
        <translation>「%1」第%2版 %3・%4（読み取り専用）</translation>
    </message>
</context>
<context>
    <name>kessai::render::ConversionService</name>
    <message>
        <source>No temporary folder for the conversion could be made.</source>
        <translation>変換用の一時フォルダを作成できませんでした。</translation>
    </message>
    <message>
        <source>This is not an office document: nothing to convert.</source>
        <translation>オフィス文書ではないため、変換するものはありません。</translation>
    </message>
    <message>
        <source>The document could not be copied for the conversion.</source>
        <translation>変換のために文書をコピーできませんでした。</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
</context>
<context>
    <name>kessai::render::RenderEngine</name>
    <message>
        <source>Page %1 could not be rendered.</source>
        <translation>%1 ページ目を描画できませんでした。</translation>
    </message>
    <message>
        <source>It could not be converted to PDF: %1</source>
        <translation>PDF に変換できませんでした: %1</translation>
    </message>
    <message>
        <source>Page %1 took longer than %2 s to draw and was stopped.</source>
        <translation>%1 ページ目の描画が %2 秒を超えたため、中止しました。</translation>
    </message>
</context>
</TS>
