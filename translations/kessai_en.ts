<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BlobStore</name>
    <message numerus="yes">
        <source>%n more attachment(s)</source>
        <translation>
            <numerusform>%n more attachment</numerusform>
            <numerusform>%n more attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperCommands</name>
    <message numerus="yes">
        <source>%n paper decision(s) registered</source>
        <translation>
            <numerusform>%n paper decision registered</numerusform>
            <numerusform>%n paper decisions registered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDisposal</name>
    <message numerus="yes">
        <source>保存期間が満了した簿冊の%1について（%n冊）</source>
        <translation>
            <numerusform>保存期間が満了した簿冊の%1について（%n冊）</numerusform>
            <numerusform>保存期間が満了した簿冊の%1について（%n冊）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTerms</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsCommands</name>
    <message numerus="yes">
        <source> — %n decision(s) excluded</source>
        <translation>
            <numerusform> — %n decision excluded</numerusform>
            <numerusform> — %n decisions excluded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreVerifier</name>
    <message numerus="yes">
        <source>%n stored chunk(s) belong to no content</source>
        <translation>
            <numerusform>%n stored chunk belongs to no content</numerusform>
            <numerusform>%n stored chunks belong to no content</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::AdministratorTools</name>
    <message numerus="yes">
        <source>The audit log is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n event checked.</numerusform>
            <numerusform>The audit log is intact: %n events checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::DeskWindow</name>
    <message numerus="yes">
        <source>• %1 — %n decision(s) excluded</source>
        <translation>
            <numerusform>• %1 — %n decision excluded</numerusform>
            <numerusform>• %1 — %n decisions excluded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::DraftEditor</name>
    <message numerus="yes">
        <source>Attach %n file(s) (%1 in total) from the dropped folders?</source>
        <translation>
            <numerusform>Attach %n file (%1 in total) from the dropped folders?</numerusform>
            <numerusform>Attach %n files (%1 in total) from the dropped folders?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are still being stored. Stop and close?</source>
        <translation>
            <numerusform>%n file is still being stored. Stop and close?</numerusform>
            <numerusform>%n files are still being stored. Stop and close?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit saved (%n save(s) in this session)</source>
        <translation>
            <numerusform>Edit saved (%n save in this session)</numerusform>
            <numerusform>Edit saved (%n saves in this session)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::FileReassignDialog</name>
    <message numerus="yes">
        <source>%n selected file(s) of %1 go to the division chosen below.</source>
        <translation>
            <numerusform>%n selected file of %1 goes to the division chosen below.</numerusform>
            <numerusform>%n selected files of %1 go to the division chosen below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) handed over.</source>
        <translation>
            <numerusform>%n file handed over.</numerusform>
            <numerusform>%n files handed over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::FilingClassEditor</name>
    <message numerus="yes">
        <source>%n entries imported from %1.</source>
        <translation>
            <numerusform>%n entry imported from %1.</numerusform>
            <numerusform>%n entries imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n new document(s) await your decision.</source>
        <translation>
            <numerusform>%n new document awaits your decision.</numerusform>
            <numerusform>%n new documents await your decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) are still being edited. Store what was saved and finish editing before closing? Closed without finishing, the edit stays open: its lock stays, and Edit carries on the next time.</source>
        <translation>
            <numerusform>%n attachment is still being edited. Store what was saved and finish editing before closing? Closed without finishing, the edit stays open: its lock stays, and Edit carries on the next time.</numerusform>
            <numerusform>%n attachments are still being edited. Store what was saved and finish editing before closing? Closed without finishing, the edit stays open: its lock stays, and Edit carries on the next time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::RecordsWindow</name>
    <message numerus="yes">
        <source>FY%1: %n file(s), %2 document(s) (%3)</source>
        <translation>
            <numerusform>FY%1: %n file, %2 document(s) (%3)</numerusform>
            <numerusform>FY%1: %n files, %2 document(s) (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) created for FY%1.</source>
        <translation>
            <numerusform>%n file created for FY%1.</numerusform>
            <numerusform>%n files created for FY%1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) closed.</source>
        <translation>
            <numerusform>%n file closed.</numerusform>
            <numerusform>%n files closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) held: no destruction until the hold is lifted.</source>
        <translation>
            <numerusform>%n file held: no destruction until the hold is lifted.</numerusform>
            <numerusform>%n files held: no destruction until the hold is lifted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the register.</source>
        <translation>
            <numerusform>%n file in the register.</numerusform>
            <numerusform>%n files in the register.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::SearchPanel</name>
    <message numerus="yes">
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n document found</numerusform>
            <numerusform>%n documents found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::SingleView</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::SingleViewWindow</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::SubmitDialog</name>
    <message numerus="yes">
        <source>the default route (none was set): %n step(s)</source>
        <translation>
            <numerusform>the default route (none was set): %n step</numerusform>
            <numerusform>the default route (none was set): %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kessai::gui::VersionHistoryDialog</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
</TS>
