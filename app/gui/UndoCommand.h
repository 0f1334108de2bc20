// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <functional>

namespace kessai::gui {

/// An undo step for a change that has already been made in the store: pushing it does not
/// repeat the change; undo() and later redo() run the given store operations.
class UndoCommand : public QUndoCommand
{
public:
    UndoCommand(const QString &text, std::function<void()> redo, std::function<void()> undo)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {}

    void redo() override
    {
        if (m_done) {
            m_done = false; // the first redo() comes from push(): the change is already made
            return;
        }
        m_redo();
    }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
    bool m_done = true;
};

} // namespace kessai::gui
