@echo off
rem BidBench launcher for Windows, at the root of an installed product.
rem   bidbench                  start the workbench on %USERPROFILE%\bidbench-workspace
rem   bidbench demo             start the workbench on a demo workspace
rem   bidbench bidbench://select/<GlobalId>[?model=FILE]
rem                             show that element in the running workbench, or start one that shows it
rem   bidbench <command> ...    run a headless command; "bidbench help" lists them
setlocal
set "FROMLINK="
set "HERE=%~dp0"
set "JAVA=%BIDBENCH_JAVA%"
if "%JAVA%"=="" if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java.exe"
if "%JAVA%"=="" set "JAVA=java"
"%JAVA%" -version >nul 2>&1 || (echo bidbench: no Java found; install Java 21 or newer and set JAVA_HOME. 1>&2 & exit /b 1)
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do set "JVER=%%~v"
for /f "delims=." %%m in ("%JVER%") do set "JMAJOR=%%m"
if %JMAJOR% LSS 21 (echo bidbench: Java %JVER% is too old; BidBench needs Java 21 or newer. 1>&2 & exit /b 1)
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if "%LAUNCHER%"=="" (echo bidbench: %HERE% is not a complete BidBench installation. 1>&2 & exit /b 1)
set "VMARGS=--enable-native-access=ALL-UNNAMED -Xms256m -Djava.util.logging.config.file=%HERE%logging.properties -Dorg.slf4j.simpleLogger.defaultLogLevel=warn %BIDBENCH_VMARGS%"
set "STATE=%LOCALAPPDATA%\BidBench"
if "%~1"=="" goto workbench
if /i "%~1"=="demo" goto demo
set "ARG1=%~1"
if /i "%ARG1:~0,11%"=="bidbench://" goto link
if not exist "%STATE%\cli-configuration" mkdir "%STATE%\cli-configuration"
if not exist "%STATE%\cli-instance" mkdir "%STATE%\cli-instance"
"%JAVA%" %VMARGS% -Djava.awt.headless=true -Dbidbench.cwd="%CD%" -Dbidbench.launcher="%~f0" -Dosgi.sharedConfiguration.area="%HERE%configuration" -Dosgi.configuration.cascaded=true -jar "%LAUNCHER%" -configuration "%STATE%\cli-configuration" -data "%STATE%\cli-instance" -nosplash -application org.bidbench.cli.app %*
exit /b %ERRORLEVEL%
:demo
if not exist "%HERE%plugins\org.bidbench.ui_*.jar" (echo bidbench: the workbench is not installed here ^(core feature only^); run a command instead, e.g. "bidbench help". 1>&2 & exit /b 1)
set "WS=%STATE%\demo-workspace"
if not exist "%WS%\.bidbench-demo" (call "%~f0" demo-workspace "%WS%" || exit /b 1)
"%JAVA%" %VMARGS% -jar "%LAUNCHER%" -data "%WS%"
exit /b %ERRORLEVEL%
:link
rem A running workbench holds its workspace's instance lock; LinkInboxDrop (plain Java, no OSGi)
rem tests that lock and writes the link into the workspace's link inbox. Exit 3: none runs, start one.
set "BIMJAR="
for %%f in ("%HERE%plugins\org.bidbench.ui.bim_*.jar") do set "BIMJAR=%%f"
if "%BIMJAR%"=="" (echo bidbench: %HERE% is not a complete BidBench installation. 1>&2 & exit /b 1)
if "%BIDBENCH_WORKSPACE%"=="" set "BIDBENCH_WORKSPACE=%USERPROFILE%\bidbench-workspace"
"%JAVA%" -cp "%BIMJAR%" org.bidbench.ui.bim.internal.LinkInboxDrop "%~1" "%BIDBENCH_WORKSPACE%" "%STATE%\demo-workspace"
if %ERRORLEVEL% NEQ 3 exit /b %ERRORLEVEL%
set "FROMLINK=--from-link"
goto workbench
:workbench
if not exist "%HERE%plugins\org.bidbench.ui_*.jar" (echo bidbench: the workbench is not installed here ^(core feature only^); run a command instead, e.g. "bidbench help". 1>&2 & exit /b 1)
if "%BIDBENCH_WORKSPACE%"=="" set "BIDBENCH_WORKSPACE=%USERPROFILE%\bidbench-workspace"
"%JAVA%" %VMARGS% -jar "%LAUNCHER%" -data "%BIDBENCH_WORKSPACE%" %FROMLINK%
exit /b %ERRORLEVEL%
