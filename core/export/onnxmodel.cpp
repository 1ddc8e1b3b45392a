// SPDX-License-Identifier: GPL-3.0-or-later
// The layer graph as an ONNX model, built with the protobuf classes of Debian's libonnx-dev.
#include "onnxmodel.h"

#include <onnx/onnx_pb.h>

#include <stdexcept>

namespace denselab::exporting {

namespace {

class OnnxWriter {
public:
    OnnxWriter(const LayerGraph &graph, const TensorMap &weights, const OnnxOptions &options)
        : m_graph(graph), m_weights(weights), m_options(options)
    {
    }

    std::string write()
    {
        if (m_options.opset < kMinOnnxOpset || m_options.opset > kMaxOnnxOpset)
            throw std::invalid_argument("opset " + std::to_string(m_options.opset) + " is outside "
                                        + std::to_string(kMinOnnxOpset) + ".." + std::to_string(kMaxOnnxOpset));
        onnx::ModelProto model;
        model.set_ir_version(onnx::IR_VERSION);
        model.set_producer_name("DenseLab");
        model.set_producer_version(m_options.producerVersion);
        model.set_doc_string(m_graph.name);
        onnx::OperatorSetIdProto *opset = model.add_opset_import();
        opset->set_domain("");
        opset->set_version(m_options.opset);
        m_proto = model.mutable_graph();
        m_proto->set_name(m_graph.name.empty() ? "denselab" : m_graph.name);

        const Shape &in = m_graph.input;
        addValueInfo(m_proto->add_input(), "input", {in.channels, in.height, in.width});
        m_values.assign(m_graph.nodes.size(), std::string());
        m_values[0] = "input";
        for (std::size_t i = 1; i < m_graph.nodes.size(); ++i)
            m_values[i] = addNode(m_graph.nodes[i]);
        // The last node's value is renamed "logits" by an Identity so the output has a stable name.
        onnx::NodeProto *identity = m_proto->add_node();
        identity->set_op_type("Identity");
        identity->set_name("logits");
        identity->add_input(m_values.back());
        identity->add_output("logits");
        addValueInfo(m_proto->add_output(), "logits", {m_graph.classes});

        std::string bytes;
        if (!model.SerializeToString(&bytes))
            throw std::runtime_error("the ONNX model could not be serialized (over 2 GiB?)");
        return bytes;
    }

private:
    void addValueInfo(onnx::ValueInfoProto *info, const std::string &name, const std::vector<int> &perSample)
    {
        info->set_name(name);
        onnx::TypeProto_Tensor *tensor = info->mutable_type()->mutable_tensor_type();
        tensor->set_elem_type(onnx::TensorProto_DataType_FLOAT);
        onnx::TensorShapeProto *shape = tensor->mutable_shape();
        onnx::TensorShapeProto_Dimension *batch = shape->add_dim();
        if (m_options.batch > 0)
            batch->set_dim_value(m_options.batch);
        else
            batch->set_dim_param("batch");
        for (const int d : perSample)
            shape->add_dim()->set_dim_value(d);
    }

    // Adds `key` as an initializer (once) and returns its name.
    std::string initializer(const std::string &key, const std::vector<std::int64_t> &dims)
    {
        const auto found = m_weights.find(key);
        if (found == m_weights.end())
            throw std::invalid_argument("no weights for " + key);
        std::int64_t count = 1;
        for (const auto d : dims)
            count *= d;
        if (found->second.dims != dims || static_cast<std::int64_t>(found->second.values.size()) != count)
            throw std::invalid_argument(key + ": the weights do not have the shape the graph needs");
        onnx::TensorProto *tensor = m_proto->add_initializer();
        tensor->set_name(key);
        tensor->set_data_type(onnx::TensorProto_DataType_FLOAT);
        for (const auto d : dims)
            tensor->add_dims(d);
        tensor->set_raw_data(reinterpret_cast<const char *>(found->second.values.data()),
                             found->second.values.size() * sizeof(float));
        return key;
    }

    std::string scalar(const std::string &name, float value)
    {
        onnx::TensorProto *tensor = m_proto->add_initializer();
        tensor->set_name(name);
        tensor->set_data_type(onnx::TensorProto_DataType_FLOAT);
        tensor->add_float_data(value);
        return name;
    }

    static void ints(onnx::NodeProto *node, const std::string &name, const std::vector<std::int64_t> &values)
    {
        onnx::AttributeProto *a = node->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto_AttributeType_INTS);
        for (const auto v : values)
            a->add_ints(v);
    }
    static void integer(onnx::NodeProto *node, const std::string &name, std::int64_t value)
    {
        onnx::AttributeProto *a = node->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto_AttributeType_INT);
        a->set_i(value);
    }
    static void real(onnx::NodeProto *node, const std::string &name, float value)
    {
        onnx::AttributeProto *a = node->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto_AttributeType_FLOAT);
        a->set_f(value);
    }

    onnx::NodeProto *op(const Node &n, const std::string &type)
    {
        onnx::NodeProto *node = m_proto->add_node();
        node->set_op_type(type);
        node->set_name(n.name);
        for (const int in : n.inputs)
            node->add_input(m_values[static_cast<std::size_t>(in)]);
        node->add_output(n.name);
        return node;
    }

    void window(onnx::NodeProto *node, const Node &n)
    {
        ints(node, "kernel_shape", {n.kernel, n.kernel});
        ints(node, "strides", {n.stride, n.stride});
        ints(node, "pads", {n.padding, n.padding, n.padding, n.padding});
    }

    // Returns the name of the value the node produces.
    std::string addNode(const Node &n)
    {
        const Node &source = m_graph.nodes[static_cast<std::size_t>(n.inputs.empty() ? 0 : n.inputs.front())];
        switch (n.op) {
        case OpKind::Input:
            throw std::invalid_argument("a second input node: " + n.name);
        case OpKind::Conv: {
            onnx::NodeProto *node = op(n, "Conv");
            const std::int64_t inPerGroup = source.out.channels / n.groups;
            node->add_input(initializer(n.name + ".weight", {n.out.channels, inPerGroup, n.kernel, n.kernel}));
            if (n.bias)
                node->add_input(initializer(n.name + ".bias", {n.out.channels}));
            window(node, n);
            ints(node, "dilations", {1, 1});
            integer(node, "group", n.groups);
            return n.name;
        }
        case OpKind::BatchNorm: {
            onnx::NodeProto *node = op(n, "BatchNormalization");
            for (const char *part : {".weight", ".bias", ".running_mean", ".running_var"})
                node->add_input(initializer(n.name + part, {n.out.channels}));
            real(node, "epsilon", 1e-5f);   // torch's default, which DenseLab's BN layers use
            return n.name;
        }
        case OpKind::ReLU:
            op(n, "Relu");
            return n.name;
        case OpKind::ReLU6: {
            onnx::NodeProto *node = op(n, "Clip");
            if (m_options.opset >= 11) {
                node->add_input(scalar(n.name + ".min", 0.0f));
                node->add_input(scalar(n.name + ".max", 6.0f));
            } else {
                real(node, "min", 0.0f);
                real(node, "max", 6.0f);
            }
            return n.name;
        }
        case OpKind::MaxPool:
            window(op(n, "MaxPool"), n);
            return n.name;
        case OpKind::AvgPool: {
            onnx::NodeProto *node = op(n, "AveragePool");
            window(node, n);
            integer(node, "count_include_pad", 1);   // torch's avg_pool2d default
            return n.name;
        }
        case OpKind::GlobalAvgPool:
            op(n, "GlobalAveragePool");
            return n.name;
        case OpKind::Flatten:
            integer(op(n, "Flatten"), "axis", 1);
            return n.name;
        case OpKind::Dropout:
            return m_values[static_cast<std::size_t>(n.inputs.front())];   // inference: identity
        case OpKind::Linear: {
            onnx::NodeProto *node = op(n, "Gemm");
            node->add_input(initializer(n.name + ".weight", {n.out.channels, source.out.numel()}));
            node->add_input(initializer(n.name + ".bias", {n.out.channels}));
            integer(node, "transB", 1);
            return n.name;
        }
        case OpKind::Concat:
            integer(op(n, "Concat"), "axis", 1);
            return n.name;
        case OpKind::Add:
            op(n, "Add");
            return n.name;
        }
        throw std::invalid_argument("unknown op in " + n.name);
    }

    const LayerGraph &m_graph;
    const TensorMap &m_weights;
    const OnnxOptions &m_options;
    onnx::GraphProto *m_proto = nullptr;
    std::vector<std::string> m_values;   // per node: the ONNX value holding its output
};

} // namespace

std::string onnxModelBytes(const LayerGraph &graph, const TensorMap &weights, const OnnxOptions &options)
{
    return OnnxWriter(graph, weights, options).write();
}

} // namespace denselab::exporting
