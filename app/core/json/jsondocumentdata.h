#ifndef HELPLINES_CORE_JSONDOCUMENTDATA_H
#define HELPLINES_CORE_JSONDOCUMENTDATA_H

#include <QByteArray>
#include <QSharedData>
#include <QString>

#include <vector>

namespace Helplines {

// The storage of a parsed JSON document, shared by its JsonValue handles (private to
// app/core/json). Values are nodes in one array; a container's children are a contiguous
// run of node indices in `children` (an object's run alternates key and value); all decoded
// strings are stored end to end in `strings`.
class JsonDocumentData : public QSharedData
{
public:
    enum NodeType : quint8 { Null = 1, Bool, Number, String, Array, Object };
    enum NodeFlag : quint8 { True = 0x1, Integer = 0x2 };

    struct Range
    {
        quint32 first;
        quint32 count;
    };

    struct Node
    {
        NodeType type;
        quint8 flags;
        qint32 line;
        qint32 column;
        quint32 offset;
        union {
            double number;
            Range range; // children of a container, characters of a string
        };
    };
    static_assert(sizeof(Node) == 24, "JsonDocumentData::Node should stay small");

    // The file's bytes, kept (implicitly shared, not copied) for positionInString().
    QByteArray source;
    std::vector<Node> nodes;
    std::vector<quint32> children;
    QString strings;
};

} // namespace Helplines

#endif // HELPLINES_CORE_JSONDOCUMENTDATA_H
