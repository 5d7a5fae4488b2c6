package org.tripleo.cdcloud.team;

import java.io.File;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The membership models carry a diagram (BPMN DI) that Cockpit and the Modeler can show:
 * a shape for every flow node, an edge for every sequence flow, and no two shapes on top
 * of each other (a boundary event sits on its host's border, a subprocess around its
 * children).
 */
class MembershipDiagramsTest {

	@ParameterizedTest
	@ValueSource(strings = { "admin-join", "admin-leave", "membership-ballot", "break-glass" })
	void everyElementIsDrawnAndNoShapesOverlap(String process) {
		// given
		BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + process + ".bpmn"));

		// when
		Map<String, BpmnShape> shapes = byElement(model.getModelElementsByType(BpmnShape.class),
				BpmnShape::getBpmnElement);
		Map<String, BpmnEdge> edges = byElement(model.getModelElementsByType(BpmnEdge.class), BpmnEdge::getBpmnElement);

		// then
		assertThat(shapes.keySet()).containsAll(ids(model.getModelElementsByType(FlowNode.class)));
		assertThat(edges.keySet()).containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));
		assertThat(edges.values()).allSatisfy((edge) -> assertThat(edge.getWaypoints()).hasSizeGreaterThan(1));
		List<BpmnShape> placed = shapes.values()
			.stream()
			.filter((shape) -> !(shape.getBpmnElement() instanceof SubProcess))
			.toList();
		for (BpmnShape a : placed) {
			for (BpmnShape b : placed) {
				if (a != b && !attached(a, b) && !attached(b, a)) {
					assertThat(overlap(a.getBounds(), b.getBounds()))
						.as("%s overlaps %s", a.getBpmnElement().getId(), b.getBpmnElement().getId())
						.isFalse();
				}
			}
		}
	}

	private static <T> Map<String, T> byElement(Collection<T> di, Function<T, BaseElement> element) {
		return di.stream().collect(Collectors.toMap((d) -> element.apply(d).getId(), Function.identity()));
	}

	private static List<String> ids(Collection<? extends BaseElement> elements) {
		return elements.stream().map(BaseElement::getId).toList();
	}

	private static boolean attached(BpmnShape event, BpmnShape host) {
		return event.getBpmnElement() instanceof BoundaryEvent boundary
				&& boundary.getAttachedTo() == host.getBpmnElement();
	}

	private static boolean overlap(Bounds a, Bounds b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
				&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
	}

}
