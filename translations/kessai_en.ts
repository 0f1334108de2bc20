<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>kessai::gui::MainWindow</name>
    <message numerus="yes">
        <source>The audit log is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n event checked.</numerusform>
            <numerusform>The audit log is intact: %n events checked.</numerusform>
        </translation>
    </message>
</context>
</TS>
