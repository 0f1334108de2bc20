<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AuditCommands</name>
    <message>
        <source>Checks the audit log&apos;s hash chain: exit status 0 if it is intact, 2 if any event was altered, removed or inserted.</source>
        <translation>監査ログのハッシュチェーンを検証します。改ざんがなければ終了コード 0、記録の変更・削除・挿入があれば 2 を返します。</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 events checked</source>
        <translation>監査ログは改ざんされていません（%1 件を検証）</translation>
    </message>
    <message>
        <source>the audit log is broken: %1</source>
        <translation>監査ログが改ざんされています: %1</translation>
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
        <source>Check that the audit log has not been tampered with.</source>
        <translation>監査ログが改ざんされていないか検証します。</translation>
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
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Lists documents, newest first: id, document number, status, title, drafter, unit, last change (UTC). Administrators and records managers see all documents by default, others their pending ones.</source>
        <translation>文書を新しい順に表示します: ID、文書番号、状態、件名、起案者、所属、最終更新（UTC）。管理者と文書管理者は既定で全文書、その他の利用者は未決の文書を表示します。</translation>
    </message>
    <message>
        <source>pending, drafts, returned, done or all.</source>
        <translation>pending（未決）、drafts（起案中）、returned（差戻し）、done（既決）、all（全文書）のいずれか。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>--folder &quot;%1&quot; is not pending, drafts, returned, done or all</source>
        <translation>--folder「%1」は pending、drafts、returned、done、all のいずれでもありません</translation>
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
        <source>Acted on</source>
        <translation>既決</translation>
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
        <source>Lists the staff: id, login, name, kana, title, unit code, roles, active (yes/no).</source>
        <translation>職員を表示します: ID、ログイン名、氏名、よみがな、役職、所属コード、権限、有効（yes/no）。</translation>
    </message>
    <message>
        <source>Include inactive users.</source>
        <translation>無効な利用者も含めます。</translation>
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
        <source>&amp;Import organization (CSV)…</source>
        <translation>組織データを取り込む（CSV）(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>監査ログを検証(&amp;V)</translation>
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
        <source>Import organization</source>
        <translation>組織データの取込</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Units added: %1, updated: %2
Staff added: %3, updated: %4</source>
        <translation>所属: %1 件追加、%2 件更新
職員: %3 件追加、%4 件更新</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>何も取り込まれていません。

%1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>監査ログは改ざんされていません（%n 件を検証）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with: %1</source>
        <translation>監査ログが改ざんされています: %1</translation>
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
</context>
</TS>
