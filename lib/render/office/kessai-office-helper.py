# SPDX-License-Identifier: GPL-3.0-or-later
"""Kessai's warm office converter: drives one LibreOffice, started by Kessai and listening on a
pipe, through UNO, so that each document costs a load and a store instead of a LibreOffice start.

Started by OfficeBridge (lib/render) as: PYTHON kessai-office-helper.py PIPE_NAME (no "#!": it is
run by whichever Python has UNO, and is installed as data).
One JSON object per line on stdin and stdout (UTF-8):

  -> {"hello": 1}                          at once, once the UNO module is imported; or
  -> {"unavailable": "reason"}             and exit 3 when this Python has no UNO bridge
  -> {"ready": 1}                          once connected to LibreOffice (tried until killed)
  <- {"convert": "/in.docx", "pdf": "/out.pdf"}
  -> {"ok": 1, "filter": "writer_pdf_Export"}
  -> {"ok": 0, "error": "...", "lost": 0|1}  lost: the connection to LibreOffice is gone
  <- {"quit": 1}                           LibreOffice is asked to end; the helper exits

Kessai checks every PDF itself (LibreOffice may report success on broken input) and kills
LibreOffice and this helper when a conversion takes too long. Runs with any Python 3 that can
import uno: Debian's python3-uno, or the Python that LibreOffice bundles on Windows and macOS.
"""

import json
import sys
import time


def send(message):
    sys.stdout.buffer.write(json.dumps(message).encode("ascii") + b"\n")
    sys.stdout.buffer.flush()


try:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException
    from com.sun.star.lang import DisposedException
except ImportError as error:  # no python3-uno here: Kessai converts one LibreOffice run per batch
    send({"unavailable": str(error)})
    sys.exit(3)

# The export filter by the kind of document loaded (as soffice --convert-to pdf chooses it);
# more specific services first (a presentation is a drawing too, a web page a text).
FILTERS = (
    ("com.sun.star.text.WebDocument", "writer_web_pdf_Export"),
    ("com.sun.star.text.GlobalDocument", "writer_globaldocument_pdf_Export"),
    ("com.sun.star.text.TextDocument", "writer_pdf_Export"),
    ("com.sun.star.sheet.SpreadsheetDocument", "calc_pdf_Export"),
    ("com.sun.star.presentation.PresentationDocument", "impress_pdf_Export"),
    ("com.sun.star.drawing.DrawingDocument", "draw_pdf_Export"),
    ("com.sun.star.formula.FormulaProperties", "math_pdf_Export"),
)


def properties(**values):
    result = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name = name
        prop.Value = value
        result.append(prop)
    return tuple(result)


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
    while True:  # LibreOffice is starting beside us; Kessai kills us if it never listens
        try:
            context = resolver.resolve(url)
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except NoConnectException:
            time.sleep(0.02)


def close(document):
    try:
        document.close(True)
    except Exception:
        try:
            document.dispose()
        except Exception:
            pass


def convert(desktop, source, pdf):
    # Never run macros, never fetch linked content, never ask (no interaction handler): a
    # document that needs a password fails to load.
    load = properties(Hidden=True, ReadOnly=True, MacroExecutionMode=0, UpdateDocMode=0)
    try:
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, load)
    except DisposedException:
        raise
    except Exception as error:  # IllegalArgumentException, IOException: the words soffice uses
        return {"ok": 0, "error": "source file could not be loaded (%s)" % describe(error)}
    if document is None:
        return {"ok": 0, "error": "source file could not be loaded"}
    try:
        name = next((f for service, f in FILTERS if document.supportsService(service)), None)
        if name is None:
            return {"ok": 0, "error": "no export filter for this kind of document"}
        try:
            document.storeToURL(uno.systemPathToFileUrl(pdf), properties(FilterName=name, Overwrite=True))
        except DisposedException:
            raise
        except Exception as error:
            return {"ok": 0, "error": "impl_store failed (%s)" % describe(error)}
        return {"ok": 1, "filter": name}
    finally:
        close(document)


def describe(error):
    message = getattr(error, "Message", None) or str(error)
    return "%s: %s" % (type(error).__name__, message.strip())


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: kessai-office-helper.py PIPE_NAME\n")
        return 2
    send({"hello": 1})
    desktop = connect(sys.argv[1])
    send({"ready": 1})
    for line in sys.stdin.buffer:
        try:
            request = json.loads(line.decode("utf-8"))
        except ValueError:
            send({"ok": 0, "error": "unreadable request"})
            continue
        if request.get("quit"):
            try:
                desktop.terminate()
            except Exception:
                pass
            return 0
        try:
            send(convert(desktop, request["convert"], request["pdf"]))
        except DisposedException as error:  # LibreOffice went away: Kessai starts both again
            send({"ok": 0, "lost": 1, "error": describe(error)})
            return 4
        except Exception as error:
            lost = "bridge" in str(error).lower() or "connection" in str(error).lower()
            send({"ok": 0, "lost": 1 if lost else 0, "error": describe(error)})
            if lost:
                return 4
    return 0


if __name__ == "__main__":
    sys.exit(main())
