<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>FailuresButton</name>
    <message numerus="yes">
      <source>%Ln file(s) could not be read</source>
      <translation>
        <numerusform>%Ln file could not be read</numerusform>
        <numerusform>%Ln files could not be read</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>statusbar</name>
    <message numerus="yes">
      <source>Watching %Ln folder(s) for changes</source>
      <translation>
        <numerusform>Watching %Ln folder for changes</numerusform>
        <numerusform>Watching %Ln folders for changes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Checking %Ln folder(s) every few seconds (the system's watch limit is reached)</source>
      <translation>
        <numerusform>Checking %Ln folder every few seconds (the system's watch limit is reached)</numerusform>
        <numerusform>Checking %Ln folders every few seconds (the system's watch limit is reached)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln folder(s) offline</source>
      <translation>
        <numerusform>%Ln folder offline</numerusform>
        <numerusform>%Ln folders offline</numerusform>
      </translation>
    </message>
  </context>
</TS>
