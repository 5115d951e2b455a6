#pragma once

#include <QString>

namespace SalesSync::Protocol {

// The entity reference of docs/sync-protocol.md, written from the entity declaration
// (core/store/entityschema.cpp) so that the page cannot drift from what the server enforces:
// per entity its scope, who may create, change and delete it, and per field its type, whether
// a create must give it, its initial value, who may set it on create and change it later, its
// conflict policy, its values and the legal state transitions. tst_protocol checks that the
// page holds exactly this; salessync-protocol-doc writes it into the page.
class ProtocolDoc final {
public:
    static QString entityReference();
    // The page with its generated part replaced by entityReference(), or an empty string when
    // the page lacks the markers.
    static QString updated(const QString &page);
    static QString generatedPart(const QString &page);

    static constexpr const char *kBegin = "<!-- generated from the entity declaration: salessync-protocol-doc -->";
    static constexpr const char *kEnd = "<!-- end of generated part -->";
};

} // namespace SalesSync::Protocol
