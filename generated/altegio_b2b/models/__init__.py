"""Contains all the data models used in inputs/outputs.

Models are imported on first use (``altegio_b2b.models.CertificateType``), not all at once:
importing every model up front costs seconds, and one endpoint needs only a few.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abonement import Abonement
    from .abonement_balance_container import AbonementBalanceContainer
    from .abonement_type import AbonementType
    from .abonement_type_availability_item import AbonementTypeAvailabilityItem
    from .abonement_type_balance_container import AbonementTypeBalanceContainer
    from .abonement_type_balance_container_links_item import AbonementTypeBalanceContainerLinksItem
    from .abonement_type_category_type_0 import AbonementTypeCategoryType0
    from .account import Account
    from .activity import Activity
    from .activity_labels_item import ActivityLabelsItem
    from .applicable_item import ApplicableItem
    from .apply_card_withdrawal import ApplyCardWithdrawal
    from .apply_card_withdrawal_kkm_transaction_details_container import (
        ApplyCardWithdrawalKkmTransactionDetailsContainer,
    )
    from .apply_card_withdrawal_kkm_transaction_details_container_transactions_item import (
        ApplyCardWithdrawalKkmTransactionDetailsContainerTransactionsItem,
    )
    from .apply_card_withdrawal_payment_transactions_item import ApplyCardWithdrawalPaymentTransactionsItem
    from .apply_discount_promotion_body import ApplyDiscountPromotionBody
    from .apply_loyalty_card_deduction_body import ApplyLoyaltyCardDeductionBody
    from .apply_referral_program_body import ApplyReferralProgramBody
    from .assign_service_to_team_member_body import AssignServiceToTeamMemberBody
    from .assign_service_to_team_member_data import AssignServiceToTeamMemberData
    from .assign_service_to_team_member_response import AssignServiceToTeamMemberResponse
    from .attendance import Attendance
    from .attendance_attendance import AttendanceAttendance
    from .attendance_records_type_0 import AttendanceRecordsType0
    from .attendance_records_type_0_additional_property import AttendanceRecordsType0AdditionalProperty
    from .auth import Auth
    from .authorize_user_body import AuthorizeUserBody
    from .authorize_user_response import AuthorizeUserResponse
    from .booking_form import BookingForm
    from .booking_form_header_images_type_0 import BookingFormHeaderImagesType0
    from .bulk_create_clients_body import BulkCreateClientsBody
    from .bulk_create_clients_body_categories import BulkCreateClientsBodyCategories
    from .cancel_card_withdrawal import CancelCardWithdrawal
    from .cancel_card_withdrawal_kkm_transaction_details_container import (
        CancelCardWithdrawalKkmTransactionDetailsContainer,
    )
    from .cancel_card_withdrawal_kkm_transaction_details_container_transactions_item import (
        CancelCardWithdrawalKkmTransactionDetailsContainerTransactionsItem,
    )
    from .cancel_card_withdrawal_loyalty_transactions_item import CancelCardWithdrawalLoyaltyTransactionsItem
    from .cancel_card_withdrawal_payment_transactions_item import CancelCardWithdrawalPaymentTransactionsItem
    from .cancel_discount_promotion_body import CancelDiscountPromotionBody
    from .cancel_loyalty_card_withdrawal_body import CancelLoyaltyCardWithdrawalBody
    from .card import Card
    from .card_salon_group import CardSalonGroup
    from .card_type import CardType
    from .category_node import CategoryNode
    from .category_node_children_item import CategoryNodeChildrenItem
    from .certificate import Certificate
    from .certificate_status import CertificateStatus
    from .certificate_type import CertificateType
    from .certificate_type_item_type import CertificateTypeItemType
    from .chain_loyalty_certificate_types_create_body import ChainLoyaltyCertificateTypesCreateBody
    from .chain_loyalty_certificate_types_create_body_balance_edit_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_expiration import ChainLoyaltyCertificateTypesCreateBodyExpiration
    from .chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id import (
        ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId,
    )
    from .chain_loyalty_certificate_types_create_body_expiration_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_item_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyItemTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_online_sale import (
        ChainLoyaltyCertificateTypesCreateBodyOnlineSale,
    )
    from .chain_loyalty_certificate_types_create_response import ChainLoyaltyCertificateTypesCreateResponse
    from .chain_loyalty_certificate_types_delete_response import ChainLoyaltyCertificateTypesDeleteResponse
    from .chain_loyalty_certificate_types_get_response import ChainLoyaltyCertificateTypesGetResponse
    from .chain_loyalty_certificate_types_list_response import ChainLoyaltyCertificateTypesListResponse
    from .chain_loyalty_certificate_types_update_body import ChainLoyaltyCertificateTypesUpdateBody
    from .chain_loyalty_certificate_types_update_body_balance_edit_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_expiration import ChainLoyaltyCertificateTypesUpdateBodyExpiration
    from .chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id import (
        ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId,
    )
    from .chain_loyalty_certificate_types_update_body_expiration_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_item_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyItemTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_online_sale import (
        ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,
    )
    from .chain_loyalty_certificate_types_update_data import ChainLoyaltyCertificateTypesUpdateData
    from .chain_loyalty_certificate_types_update_data_item_type import ChainLoyaltyCertificateTypesUpdateDataItemType
    from .chain_loyalty_certificate_types_update_response import ChainLoyaltyCertificateTypesUpdateResponse
    from .chain_loyalty_membership_types_archive_body import ChainLoyaltyMembershipTypesArchiveBody
    from .chain_loyalty_membership_types_clone_body import ChainLoyaltyMembershipTypesCloneBody
    from .chain_loyalty_membership_types_clone_response import ChainLoyaltyMembershipTypesCloneResponse
    from .chain_loyalty_membership_types_create_body import ChainLoyaltyMembershipTypesCreateBody
    from .chain_loyalty_membership_types_create_body_autoactivation_time_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId,
    )
    from .chain_loyalty_membership_types_create_body_availability_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,
    )
    from .chain_loyalty_membership_types_create_body_balance_edit_type_id import (
        ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_membership_types_create_body_expiration_type_id import (
        ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId,
    )
    from .chain_loyalty_membership_types_create_body_freeze_limit_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId,
    )
    from .chain_loyalty_membership_types_create_body_period_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId,
    )
    from .chain_loyalty_membership_types_create_body_service_categories import (
        ChainLoyaltyMembershipTypesCreateBodyServiceCategories,
    )
    from .chain_loyalty_membership_types_create_body_services import ChainLoyaltyMembershipTypesCreateBodyServices
    from .chain_loyalty_membership_types_create_response import ChainLoyaltyMembershipTypesCreateResponse
    from .chain_loyalty_membership_types_delete_response import ChainLoyaltyMembershipTypesDeleteResponse
    from .chain_loyalty_membership_types_list_item import ChainLoyaltyMembershipTypesListItem
    from .chain_loyalty_membership_types_list_item_availability_item import (
        ChainLoyaltyMembershipTypesListItemAvailabilityItem,
    )
    from .chain_loyalty_membership_types_list_item_balance_container import (
        ChainLoyaltyMembershipTypesListItemBalanceContainer,
    )
    from .chain_loyalty_membership_types_list_item_category_type_0 import (
        ChainLoyaltyMembershipTypesListItemCategoryType0,
    )
    from .chain_loyalty_membership_types_list_response import ChainLoyaltyMembershipTypesListResponse
    from .chain_loyalty_membership_types_read_response import ChainLoyaltyMembershipTypesReadResponse
    from .chain_loyalty_membership_types_restore_body import ChainLoyaltyMembershipTypesRestoreBody
    from .chain_loyalty_membership_types_update_body import ChainLoyaltyMembershipTypesUpdateBody
    from .chain_loyalty_membership_types_update_body_autoactivation_time_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId,
    )
    from .chain_loyalty_membership_types_update_body_availability_item import (
        ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem,
    )
    from .chain_loyalty_membership_types_update_body_balance_edit_type_id import (
        ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_membership_types_update_body_expiration_type_id import (
        ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId,
    )
    from .chain_loyalty_membership_types_update_body_freeze_limit_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId,
    )
    from .chain_loyalty_membership_types_update_body_period_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId,
    )
    from .chain_loyalty_membership_types_update_response import ChainLoyaltyMembershipTypesUpdateResponse
    from .chain_loyalty_memberships_freeze_body import ChainLoyaltyMembershipsFreezeBody
    from .chain_loyalty_memberships_freeze_data import ChainLoyaltyMembershipsFreezeData
    from .chain_loyalty_memberships_freeze_response import ChainLoyaltyMembershipsFreezeResponse
    from .chain_loyalty_memberships_set_balance_body import ChainLoyaltyMembershipsSetBalanceBody
    from .chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
    )
    from .chain_loyalty_memberships_set_balance_response import ChainLoyaltyMembershipsSetBalanceResponse
    from .chain_loyalty_memberships_set_period_body import ChainLoyaltyMembershipsSetPeriodBody
    from .chain_loyalty_memberships_set_period_body_period_unit_id import (
        ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId,
    )
    from .chain_loyalty_memberships_set_period_response import ChainLoyaltyMembershipsSetPeriodResponse
    from .chain_loyalty_memberships_unfreeze_body import ChainLoyaltyMembershipsUnfreezeBody
    from .chain_loyalty_memberships_unfreeze_data import ChainLoyaltyMembershipsUnfreezeData
    from .chain_loyalty_memberships_unfreeze_response import ChainLoyaltyMembershipsUnfreezeResponse
    from .check_memberships_for_event_data import CheckMembershipsForEventData
    from .check_memberships_for_event_data_data import CheckMembershipsForEventDataData
    from .check_memberships_for_event_data_data_attributes import CheckMembershipsForEventDataDataAttributes
    from .client import Client
    from .client_schedule import ClientSchedule
    from .client_stat import ClientStat
    from .comment import Comment
    from .company import Company
    from .company_user import CompanyUser
    from .company_user_access import CompanyUserAccess
    from .copy_user_permissions_to_locations_body import CopyUserPermissionsToLocationsBody
    from .copy_user_permissions_to_locations_body_user_company_links_item import (
        CopyUserPermissionsToLocationsBodyUserCompanyLinksItem,
    )
    from .copy_user_permissions_to_locations_response import CopyUserPermissionsToLocationsResponse
    from .copy_user_permissions_to_locations_response_data_type_0 import CopyUserPermissionsToLocationsResponseDataType0
    from .create_appointment_body_type_0 import CreateAppointmentBodyType0
    from .create_appointment_body_type_0_activity_id import CreateAppointmentBodyType0ActivityId
    from .create_appointment_body_type_1 import CreateAppointmentBodyType1
    from .create_appointment_response import CreateAppointmentResponse
    from .create_booking_widget_body import CreateBookingWidgetBody
    from .create_booking_widget_body_button_position import CreateBookingWidgetBodyButtonPosition
    from .create_booking_widget_body_form_position import CreateBookingWidgetBodyFormPosition
    from .create_booking_widget_response import CreateBookingWidgetResponse
    from .create_chain_loyalty_card_transaction_body import CreateChainLoyaltyCardTransactionBody
    from .create_chain_loyalty_card_transaction_response import CreateChainLoyaltyCardTransactionResponse
    from .create_chain_loyalty_program_body import CreateChainLoyaltyProgramBody
    from .create_chain_loyalty_program_body_expiration_timeout_unit import (
        CreateChainLoyaltyProgramBodyExpirationTimeoutUnit,
    )
    from .create_chain_loyalty_program_body_good_item_type import CreateChainLoyaltyProgramBodyGoodItemType
    from .create_chain_loyalty_program_body_on_changed_notification_template import (
        CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate,
    )
    from .create_chain_loyalty_program_body_on_changed_notification_template_type import (
        CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType,
    )
    from .create_chain_loyalty_program_body_on_expiration_notification_template import (
        CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate,
    )
    from .create_chain_loyalty_program_body_on_expiration_notification_template_type import (
        CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType,
    )
    from .create_chain_loyalty_program_body_params_source_type import CreateChainLoyaltyProgramBodyParamsSourceType
    from .create_chain_loyalty_program_body_rules_item import CreateChainLoyaltyProgramBodyRulesItem
    from .create_chain_loyalty_program_body_service_item_type import CreateChainLoyaltyProgramBodyServiceItemType
    from .create_chain_loyalty_program_body_type import CreateChainLoyaltyProgramBodyType
    from .create_chain_loyalty_program_body_value_unit import CreateChainLoyaltyProgramBodyValueUnit
    from .create_chain_loyalty_program_data import CreateChainLoyaltyProgramData
    from .create_chain_loyalty_program_data_expiration_timeout_unit import (
        CreateChainLoyaltyProgramDataExpirationTimeoutUnit,
    )
    from .create_chain_loyalty_program_data_good_item_type import CreateChainLoyaltyProgramDataGoodItemType
    from .create_chain_loyalty_program_data_loyalty_card_types_item import (
        CreateChainLoyaltyProgramDataLoyaltyCardTypesItem,
    )
    from .create_chain_loyalty_program_data_params_source_type import CreateChainLoyaltyProgramDataParamsSourceType
    from .create_chain_loyalty_program_data_service_item_type import CreateChainLoyaltyProgramDataServiceItemType
    from .create_chain_loyalty_program_data_type import CreateChainLoyaltyProgramDataType
    from .create_chain_loyalty_program_data_value_unit import CreateChainLoyaltyProgramDataValueUnit
    from .create_chain_loyalty_program_include import CreateChainLoyaltyProgramInclude
    from .create_client_account_topup_operation_body import CreateClientAccountTopupOperationBody
    from .create_client_account_topup_operation_response import CreateClientAccountTopupOperationResponse
    from .create_client_body import CreateClientBody
    from .create_client_body_categories import CreateClientBodyCategories
    from .create_client_body_custom_fields import CreateClientBodyCustomFields
    from .create_client_comment_body import CreateClientCommentBody
    from .create_client_comment_data import CreateClientCommentData
    from .create_client_comment_data_files_item import CreateClientCommentDataFilesItem
    from .create_client_comment_data_type import CreateClientCommentDataType
    from .create_client_comment_data_user_type_0 import CreateClientCommentDataUserType0
    from .create_client_comment_response import CreateClientCommentResponse
    from .create_custom_field_body import CreateCustomFieldBody
    from .create_custom_field_response import CreateCustomFieldResponse
    from .create_document_body import CreateDocumentBody
    from .create_document_company import CreateDocumentCompany
    from .create_document_company_phones_item import CreateDocumentCompanyPhonesItem
    from .create_document_response import CreateDocumentResponse
    from .create_event_body import CreateEventBody
    from .create_event_duplication_strategy_body import CreateEventDuplicationStrategyBody
    from .create_event_duplication_strategy_body_days_item import CreateEventDuplicationStrategyBodyDaysItem
    from .create_event_response import CreateEventResponse
    from .create_financial_transaction_body import CreateFinancialTransactionBody
    from .create_financial_transaction_data import CreateFinancialTransactionData
    from .create_financial_transaction_data_account import CreateFinancialTransactionDataAccount
    from .create_financial_transaction_data_client import CreateFinancialTransactionDataClient
    from .create_financial_transaction_data_expense import CreateFinancialTransactionDataExpense
    from .create_financial_transaction_data_master import CreateFinancialTransactionDataMaster
    from .create_financial_transaction_data_supplier_item import CreateFinancialTransactionDataSupplierItem
    from .create_financial_transaction_response import CreateFinancialTransactionResponse
    from .create_inventory_operation_body import CreateInventoryOperationBody
    from .create_inventory_operation_body_goods_transactions_item import (
        CreateInventoryOperationBodyGoodsTransactionsItem,
    )
    from .create_inventory_operation_response import CreateInventoryOperationResponse
    from .create_location_body import CreateLocationBody
    from .create_location_data import CreateLocationData
    from .create_location_response import CreateLocationResponse
    from .create_loyalty_card_transaction_body import CreateLoyaltyCardTransactionBody
    from .create_loyalty_card_transaction_response import CreateLoyaltyCardTransactionResponse
    from .create_payment_with_loyalty_methods_body_type_0 import CreatePaymentWithLoyaltyMethodsBodyType0
    from .create_payment_with_loyalty_methods_body_type_0_payment import CreatePaymentWithLoyaltyMethodsBodyType0Payment
    from .create_payment_with_loyalty_methods_body_type_0_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType0PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_1 import CreatePaymentWithLoyaltyMethodsBodyType1
    from .create_payment_with_loyalty_methods_body_type_1_payment import CreatePaymentWithLoyaltyMethodsBodyType1Payment
    from .create_payment_with_loyalty_methods_body_type_1_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_2 import CreatePaymentWithLoyaltyMethodsBodyType2
    from .create_payment_with_loyalty_methods_body_type_2_payment import CreatePaymentWithLoyaltyMethodsBodyType2Payment
    from .create_payment_with_loyalty_methods_body_type_2_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType2PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_3 import CreatePaymentWithLoyaltyMethodsBodyType3
    from .create_payment_with_loyalty_methods_body_type_3_payment import CreatePaymentWithLoyaltyMethodsBodyType3Payment
    from .create_payment_with_loyalty_methods_body_type_3_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType3PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_4 import CreatePaymentWithLoyaltyMethodsBodyType4
    from .create_payment_with_loyalty_methods_body_type_4_payment import CreatePaymentWithLoyaltyMethodsBodyType4Payment
    from .create_payment_with_loyalty_methods_body_type_4_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType4PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_5 import CreatePaymentWithLoyaltyMethodsBodyType5
    from .create_payment_with_loyalty_methods_body_type_5_payment import CreatePaymentWithLoyaltyMethodsBodyType5Payment
    from .create_payment_with_loyalty_methods_body_type_5_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType5PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_6 import CreatePaymentWithLoyaltyMethodsBodyType6
    from .create_payment_with_loyalty_methods_body_type_6_payment import CreatePaymentWithLoyaltyMethodsBodyType6Payment
    from .create_payment_with_loyalty_methods_body_type_6_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_response import CreatePaymentWithLoyaltyMethodsResponse
    from .create_position_quick_body import CreatePositionQuickBody
    from .create_position_quick_response import CreatePositionQuickResponse
    from .create_product_body import CreateProductBody
    from .create_product_category_body import CreateProductCategoryBody
    from .create_product_category_data import CreateProductCategoryData
    from .create_product_category_response import CreateProductCategoryResponse
    from .create_product_data import CreateProductData
    from .create_product_data_actual_amounts_item import CreateProductDataActualAmountsItem
    from .create_product_response import CreateProductResponse
    from .create_service_body import CreateServiceBody
    from .create_service_body_staff_item import CreateServiceBodyStaffItem
    from .create_service_category_body import CreateServiceCategoryBody
    from .create_service_category_data import CreateServiceCategoryData
    from .create_service_category_response import CreateServiceCategoryResponse
    from .create_service_data import CreateServiceData
    from .create_service_data_staff_item import CreateServiceDataStaffItem
    from .create_service_response import CreateServiceResponse
    from .create_tag_response import CreateTagResponse
    from .create_team_member_quick_body import CreateTeamMemberQuickBody
    from .create_team_member_quick_data import CreateTeamMemberQuickData
    from .create_team_member_quick_data_position_type_0 import CreateTeamMemberQuickDataPositionType0
    from .create_team_member_quick_response import CreateTeamMemberQuickResponse
    from .create_timetable_client_schedule_body import CreateTimetableClientScheduleBody
    from .create_timetable_client_schedule_response import CreateTimetableClientScheduleResponse
    from .create_timetable_event_schedule_body import CreateTimetableEventScheduleBody
    from .create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem
    from .create_timetable_event_schedule_body_original_entity_type import (
        CreateTimetableEventScheduleBodyOriginalEntityType,
    )
    from .create_timetable_event_schedule_include_item import CreateTimetableEventScheduleIncludeItem
    from .create_timetable_event_schedule_response import CreateTimetableEventScheduleResponse
    from .create_timetable_schedule_day_body import CreateTimetableScheduleDayBody
    from .create_timetable_schedule_day_body_day_of_week import CreateTimetableScheduleDayBodyDayOfWeek
    from .create_timetable_schedule_day_data import CreateTimetableScheduleDayData
    from .create_timetable_schedule_day_data_day_of_week import CreateTimetableScheduleDayDataDayOfWeek
    from .create_timetable_schedule_day_data_events_master import CreateTimetableScheduleDayDataEventsMaster
    from .create_timetable_schedule_day_data_events_master_position_type_0 import (
        CreateTimetableScheduleDayDataEventsMasterPositionType0,
    )
    from .create_timetable_schedule_day_include_item import CreateTimetableScheduleDayIncludeItem
    from .create_timetable_schedule_day_response import CreateTimetableScheduleDayResponse
    from .create_transaction_body import CreateTransactionBody
    from .create_transaction_response import CreateTransactionResponse
    from .create_user_invitation_body import CreateUserInvitationBody
    from .create_user_invitation_body_invites_item import CreateUserInvitationBodyInvitesItem
    from .create_user_invitation_response import CreateUserInvitationResponse
    from .currency import Currency
    from .custom_field import CustomField
    from .custom_field_type import CustomFieldType
    from .daily import Daily
    from .daily_payroll_daily_item import DailyPayrollDailyItem
    from .daily_payroll_daily_item_payroll_sum import DailyPayrollDailyItemPayrollSum
    from .day import Day
    from .day_events_master import DayEventsMaster
    from .delete_chain_loyalty_program_include import DeleteChainLoyaltyProgramInclude
    from .delete_custom_field_response import DeleteCustomFieldResponse
    from .delete_image_body import DeleteImageBody
    from .delete_location_account_payment_response import DeleteLocationAccountPaymentResponse
    from .delete_loyalty_payment_transaction_response import DeleteLoyaltyPaymentTransactionResponse
    from .delete_timetable_client_schedule_response import DeleteTimetableClientScheduleResponse
    from .delete_timetable_client_schedule_response_data_type_0 import DeleteTimetableClientScheduleResponseDataType0
    from .delete_timetable_event_schedule_response import DeleteTimetableEventScheduleResponse
    from .delete_timetable_event_schedule_response_data_type_0 import DeleteTimetableEventScheduleResponseDataType0
    from .delete_timetable_schedule_day_response import DeleteTimetableScheduleDayResponse
    from .delete_timetable_schedule_day_response_data_type_0 import DeleteTimetableScheduleDayResponseDataType0
    from .deposits_operation import DepositsOperation
    from .deposits_operation_deposits_transactions_item import DepositsOperationDepositsTransactionsItem
    from .deposits_operation_deposits_transactions_item_deposit import DepositsOperationDepositsTransactionsItemDeposit
    from .deposits_operation_deposits_transactions_item_deposit_type import (
        DepositsOperationDepositsTransactionsItemDepositType,
    )
    from .deposits_operation_document import DepositsOperationDocument
    from .deposits_operation_document_salon import DepositsOperationDocumentSalon
    from .deposits_operation_document_type import DepositsOperationDocumentType
    from .deposits_operation_payment_transactions_item import DepositsOperationPaymentTransactionsItem
    from .deposits_operation_payment_transactions_item_type import DepositsOperationPaymentTransactionsItemType
    from .deprecated_create_team_member_body import DeprecatedCreateTeamMemberBody
    from .deprecated_create_team_member_response import DeprecatedCreateTeamMemberResponse
    from .deprecated_get_client_list_item import DeprecatedGetClientListItem
    from .deprecated_get_client_list_item_categories_item import DeprecatedGetClientListItemCategoriesItem
    from .deprecated_get_client_list_item_custom_fields import DeprecatedGetClientListItemCustomFields
    from .deprecated_get_client_list_response import DeprecatedGetClientListResponse
    from .deprecated_get_location_users_response import DeprecatedGetLocationUsersResponse
    from .deprecated_get_product_category_list_response import DeprecatedGetProductCategoryListResponse
    from .deprecated_get_service_category_list_response import DeprecatedGetServiceCategoryListResponse
    from .deprecated_get_service_list_by_id_response import DeprecatedGetServiceListByIdResponse
    from .deprecated_update_service_by_id_body import DeprecatedUpdateServiceByIdBody
    from .deprecated_update_service_by_id_body_staff_item import DeprecatedUpdateServiceByIdBodyStaffItem
    from .deprecated_update_service_by_id_response import DeprecatedUpdateServiceByIdResponse
    from .detail import Detail
    from .detail_items_item import DetailItemsItem
    from .detail_kkm_transaction_details_container import DetailKkmTransactionDetailsContainer
    from .detail_kkm_transaction_details_container_transactions_item import (
        DetailKkmTransactionDetailsContainerTransactionsItem,
    )
    from .detail_loyalty_transactions_item import DetailLoyaltyTransactionsItem
    from .detail_loyalty_transactions_item_type import DetailLoyaltyTransactionsItemType
    from .detail_payment_transactions_item import DetailPaymentTransactionsItem
    from .detail_payment_transactions_item_account import DetailPaymentTransactionsItemAccount
    from .detail_payment_transactions_item_client import DetailPaymentTransactionsItemClient
    from .detail_payment_transactions_item_expense import DetailPaymentTransactionsItemExpense
    from .disable_team_member_tips_response import DisableTeamMemberTipsResponse
    from .document import Document
    from .document_storage import DocumentStorage
    from .document_type import DocumentType
    from .duplicate_event_body import DuplicateEventBody
    from .duration_detail import DurationDetail
    from .enable_team_member_tips_response import EnableTeamMemberTipsResponse
    from .error_meta import ErrorMeta
    from .error_meta_errors import ErrorMetaErrors
    from .error_response import ErrorResponse
    from .event import Event
    from .event_entity_master import EventEntityMaster
    from .events_label import EventsLabel
    from .events_resource_instance import EventsResourceInstance
    from .file import File
    from .filter_ import Filter
    from .filter_code import FilterCode
    from .filter_data_item import FilterDataItem
    from .finance_transaction import FinanceTransaction
    from .finance_transaction_account import FinanceTransactionAccount
    from .finance_transaction_expense import FinanceTransactionExpense
    from .finance_transaction_master import FinanceTransactionMaster
    from .finance_transaction_supplier import FinanceTransactionSupplier
    from .fullness_daily import FullnessDaily
    from .generate_code import GenerateCode
    from .generate_loyalty_code_response import GenerateLoyaltyCodeResponse
    from .get_account_list_response import GetAccountListResponse
    from .get_appointment_calendar_settings_response import GetAppointmentCalendarSettingsResponse
    from .get_appointment_consumables_response import GetAppointmentConsumablesResponse
    from .get_appointment_data import GetAppointmentData
    from .get_appointment_data_client_type_0 import GetAppointmentDataClientType0
    from .get_appointment_data_comer_person_info_type_0 import GetAppointmentDataComerPersonInfoType0
    from .get_appointment_data_custom_fields_type_0 import GetAppointmentDataCustomFieldsType0
    from .get_appointment_data_staff import GetAppointmentDataStaff
    from .get_appointment_list_response import GetAppointmentListResponse
    from .get_appointment_response import GetAppointmentResponse
    from .get_bill_of_materials_list_response import GetBillOfMaterialsListResponse
    from .get_booking_widget_list_response import GetBookingWidgetListResponse
    from .get_booking_widget_response import GetBookingWidgetResponse
    from .get_chain_client_account_history_response import GetChainClientAccountHistoryResponse
    from .get_chain_client_by_phone_number_data import GetChainClientByPhoneNumberData
    from .get_chain_client_by_phone_number_data_clients_item import GetChainClientByPhoneNumberDataClientsItem
    from .get_chain_client_by_phone_number_response import GetChainClientByPhoneNumberResponse
    from .get_chain_list_response import GetChainListResponse
    from .get_chain_loyalty_program_include import GetChainLoyaltyProgramInclude
    from .get_chain_loyalty_transaction_list_item import GetChainLoyaltyTransactionListItem
    from .get_chain_loyalty_transaction_list_item_type import GetChainLoyaltyTransactionListItemType
    from .get_chain_loyalty_transaction_list_response import GetChainLoyaltyTransactionListResponse
    from .get_chain_loyalty_transaction_list_types_item import GetChainLoyaltyTransactionListTypesItem
    from .get_chain_service_category_list_include import GetChainServiceCategoryListInclude
    from .get_chain_service_category_list_item import GetChainServiceCategoryListItem
    from .get_chain_service_category_list_item_services_item import GetChainServiceCategoryListItemServicesItem
    from .get_client_file_list_response import GetClientFileListResponse
    from .get_client_gift_cards_response import GetClientGiftCardsResponse
    from .get_client_gift_cards_type import GetClientGiftCardsType
    from .get_client_gift_cards_type_item_type import GetClientGiftCardsTypeItemType
    from .get_client_list_body import GetClientListBody
    from .get_client_list_body_fields_item import GetClientListBodyFieldsItem
    from .get_client_list_body_filters_item import GetClientListBodyFiltersItem
    from .get_client_list_body_filters_item_state import GetClientListBodyFiltersItemState
    from .get_client_list_body_operation import GetClientListBodyOperation
    from .get_client_list_body_order_by import GetClientListBodyOrderBy
    from .get_client_list_body_order_by_direction import GetClientListBodyOrderByDirection
    from .get_client_list_item import GetClientListItem
    from .get_client_list_response import GetClientListResponse
    from .get_client_membership_activity_history_item import GetClientMembershipActivityHistoryItem
    from .get_client_membership_activity_history_item_loyalty_entity_changes_type_0 import (
        GetClientMembershipActivityHistoryItemLoyaltyEntityChangesType0,
    )
    from .get_client_membership_activity_history_item_operation_type import (
        GetClientMembershipActivityHistoryItemOperationType,
    )
    from .get_client_membership_activity_history_response import GetClientMembershipActivityHistoryResponse
    from .get_client_memberships_response import GetClientMembershipsResponse
    from .get_client_memberships_type import GetClientMembershipsType
    from .get_client_memberships_type_balance_container import GetClientMembershipsTypeBalanceContainer
    from .get_comments_response import GetCommentsResponse
    from .get_custom_field_list_item import GetCustomFieldListItem
    from .get_custom_field_list_response import GetCustomFieldListResponse
    from .get_day_end_report_data_response import GetDayEndReportDataResponse
    from .get_document_financial_transactions_item import GetDocumentFinancialTransactionsItem
    from .get_document_financial_transactions_item_account import GetDocumentFinancialTransactionsItemAccount
    from .get_document_financial_transactions_item_expense import GetDocumentFinancialTransactionsItemExpense
    from .get_document_financial_transactions_item_master_item import GetDocumentFinancialTransactionsItemMasterItem
    from .get_document_financial_transactions_item_supplier_item import GetDocumentFinancialTransactionsItemSupplierItem
    from .get_document_financial_transactions_response import GetDocumentFinancialTransactionsResponse
    from .get_document_product_transactions_item import GetDocumentProductTransactionsItem
    from .get_document_product_transactions_response import GetDocumentProductTransactionsResponse
    from .get_document_response import GetDocumentResponse
    from .get_event_date_range_response import GetEventDateRangeResponse
    from .get_event_response import GetEventResponse
    from .get_event_search_filters_response import GetEventSearchFiltersResponse
    from .get_financial_transaction_response import GetFinancialTransactionResponse
    from .get_fiscal_transaction_list_response import GetFiscalTransactionListResponse
    from .get_gift_card_type_list_by_id_item import GetGiftCardTypeListByIdItem
    from .get_gift_card_type_list_by_id_response import GetGiftCardTypeListByIdResponse
    from .get_gift_card_type_list_response import GetGiftCardTypeListResponse
    from .get_location_analytics_overall_response import GetLocationAnalyticsOverallResponse
    from .get_location_data import GetLocationData
    from .get_location_data_access import GetLocationDataAccess
    from .get_location_data_bookforms_item import GetLocationDataBookformsItem
    from .get_location_data_groups import GetLocationDataGroups
    from .get_location_data_groups_additional_property import GetLocationDataGroupsAdditionalProperty
    from .get_location_data_main_group_type_0 import GetLocationDataMainGroupType0
    from .get_location_data_payment_policy import GetLocationDataPaymentPolicy
    from .get_location_data_payment_policy_type import GetLocationDataPaymentPolicyType
    from .get_location_data_social import GetLocationDataSocial
    from .get_location_inventories_response import GetLocationInventoriesResponse
    from .get_location_list_include_item import GetLocationListIncludeItem
    from .get_location_list_item import GetLocationListItem
    from .get_location_list_item_booking_widget_promo_type_0 import GetLocationListItemBookingWidgetPromoType0
    from .get_location_list_response import GetLocationListResponse
    from .get_location_loyalty_program_list_item import GetLocationLoyaltyProgramListItem
    from .get_location_loyalty_program_list_item_expiration_timeout_unit import (
        GetLocationLoyaltyProgramListItemExpirationTimeoutUnit,
    )
    from .get_location_loyalty_program_list_item_good_item_type import GetLocationLoyaltyProgramListItemGoodItemType
    from .get_location_loyalty_program_list_item_params_source_type import (
        GetLocationLoyaltyProgramListItemParamsSourceType,
    )
    from .get_location_loyalty_program_list_item_service_item_type import (
        GetLocationLoyaltyProgramListItemServiceItemType,
    )
    from .get_location_loyalty_program_list_item_type import GetLocationLoyaltyProgramListItemType
    from .get_location_loyalty_program_list_item_value_unit import GetLocationLoyaltyProgramListItemValueUnit
    from .get_location_loyalty_program_list_response import GetLocationLoyaltyProgramListResponse
    from .get_location_loyalty_program_list_type import GetLocationLoyaltyProgramListType
    from .get_location_notification_settings_response import GetLocationNotificationSettingsResponse
    from .get_location_response import GetLocationResponse
    from .get_location_users_item import GetLocationUsersItem
    from .get_location_users_response import GetLocationUsersResponse
    from .get_loyalty_card_type_list_for_client_item import GetLoyaltyCardTypeListForClientItem
    from .get_loyalty_card_type_list_for_client_item_salon_group import GetLoyaltyCardTypeListForClientItemSalonGroup
    from .get_loyalty_program_client_statistics_response import GetLoyaltyProgramClientStatisticsResponse
    from .get_loyalty_program_revenue_statistics_response import GetLoyaltyProgramRevenueStatisticsResponse
    from .get_loyalty_program_team_member_statistics_item import GetLoyaltyProgramTeamMemberStatisticsItem
    from .get_loyalty_program_team_member_statistics_item_staff import GetLoyaltyProgramTeamMemberStatisticsItemStaff
    from .get_loyalty_program_team_member_statistics_response import GetLoyaltyProgramTeamMemberStatisticsResponse
    from .get_loyalty_transactions_by_visit_item import GetLoyaltyTransactionsByVisitItem
    from .get_loyalty_transactions_by_visit_item_program import GetLoyaltyTransactionsByVisitItemProgram
    from .get_loyalty_transactions_by_visit_item_type import GetLoyaltyTransactionsByVisitItemType
    from .get_membership_type_list_by_id_item import GetMembershipTypeListByIdItem
    from .get_membership_type_list_by_id_response import GetMembershipTypeListByIdResponse
    from .get_membership_type_list_response import GetMembershipTypeListResponse
    from .get_message_status_list_body_item import GetMessageStatusListBodyItem
    from .get_online_booking_settings_response import GetOnlineBookingSettingsResponse
    from .get_permission_list_data import GetPermissionListData
    from .get_permission_list_data_clients import GetPermissionListDataClients
    from .get_permission_list_data_comers import GetPermissionListDataComers
    from .get_permission_list_data_dashboard import GetPermissionListDataDashboard
    from .get_permission_list_data_finances import GetPermissionListDataFinances
    from .get_permission_list_data_loyalty import GetPermissionListDataLoyalty
    from .get_permission_list_data_notification import GetPermissionListDataNotification
    from .get_permission_list_data_online_record import GetPermissionListDataOnlineRecord
    from .get_permission_list_data_other import GetPermissionListDataOther
    from .get_permission_list_data_record_form import GetPermissionListDataRecordForm
    from .get_permission_list_data_reports import GetPermissionListDataReports
    from .get_permission_list_data_security import GetPermissionListDataSecurity
    from .get_permission_list_data_settings import GetPermissionListDataSettings
    from .get_permission_list_data_storages import GetPermissionListDataStorages
    from .get_permission_list_data_timetable import GetPermissionListDataTimetable
    from .get_permission_list_response import GetPermissionListResponse
    from .get_position_list_response import GetPositionListResponse
    from .get_position_list_response_data_type_0_item_type_0 import GetPositionListResponseDataType0ItemType0
    from .get_product_category_composition_response import GetProductCategoryCompositionResponse
    from .get_product_category_list_by_ids_response import GetProductCategoryListByIdsResponse
    from .get_product_category_list_response import GetProductCategoryListResponse
    from .get_product_response import GetProductResponse
    from .get_products_list_item import GetProductsListItem
    from .get_products_list_response import GetProductsListResponse
    from .get_resource_list_response import GetResourceListResponse
    from .get_sale_transaction_response import GetSaleTransactionResponse
    from .get_service_category_list_response import GetServiceCategoryListResponse
    from .get_service_category_response import GetServiceCategoryResponse
    from .get_service_data import GetServiceData
    from .get_service_data_staff_item import GetServiceDataStaffItem
    from .get_service_list_item import GetServiceListItem
    from .get_service_list_response import GetServiceListResponse
    from .get_service_response import GetServiceResponse
    from .get_tag_list_by_entity_entity import GetTagListByEntityEntity
    from .get_tag_list_by_entity_item import GetTagListByEntityItem
    from .get_tag_list_by_entity_response import GetTagListByEntityResponse
    from .get_tax_system_list_response import GetTaxSystemListResponse
    from .get_team_member_by_id_item import GetTeamMemberByIdItem
    from .get_team_member_by_id_item_image_group_type_0 import GetTeamMemberByIdItemImageGroupType0
    from .get_team_member_by_id_item_position_type_0 import GetTeamMemberByIdItemPositionType0
    from .get_team_member_by_id_response import GetTeamMemberByIdResponse
    from .get_team_member_calculation_schemes_count_response import GetTeamMemberCalculationSchemesCountResponse
    from .get_team_member_data import GetTeamMemberData
    from .get_team_member_data_position_type_0 import GetTeamMemberDataPositionType0
    from .get_team_member_list_item import GetTeamMemberListItem
    from .get_team_member_list_item_image_group_item import GetTeamMemberListItemImageGroupItem
    from .get_team_member_list_item_position_type_0 import GetTeamMemberListItemPositionType0
    from .get_team_member_list_item_user_item import GetTeamMemberListItemUserItem
    from .get_team_member_list_response import GetTeamMemberListResponse
    from .get_team_member_payroll_calculation_response import GetTeamMemberPayrollCalculationResponse
    from .get_team_member_payroll_calculation_response_data_type_0 import (
        GetTeamMemberPayrollCalculationResponseDataType0,
    )
    from .get_team_member_payroll_calculation_response_data_type_0_salary_items_item import (
        GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItem,
    )
    from .get_team_member_payroll_calculation_response_data_type_0_salary_items_item_paid_type_0 import (
        GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemPaidType0,
    )
    from .get_team_member_payroll_calculation_response_data_type_0_salary_items_item_salary_calculation_info import (
        GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemSalaryCalculationInfo,
    )
    from .get_team_member_payroll_calculation_response_data_type_0_salary_items_item_salary_discrepancy_type_0 import (
        GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemSalaryDiscrepancyType0,
    )
    from .get_team_member_payroll_calculation_response_data_type_0_status import (
        GetTeamMemberPayrollCalculationResponseDataType0Status,
    )
    from .get_team_member_response import GetTeamMemberResponse
    from .get_team_member_salary_calculation_response import GetTeamMemberSalaryCalculationResponse
    from .get_team_member_salary_period_response import GetTeamMemberSalaryPeriodResponse
    from .get_team_member_salary_period_response_data_type_0 import GetTeamMemberSalaryPeriodResponseDataType0
    from .get_team_member_salary_schemes_response import GetTeamMemberSalarySchemesResponse
    from .get_team_member_schedule_data import GetTeamMemberScheduleData
    from .get_team_member_schedule_data_slots_item import GetTeamMemberScheduleDataSlotsItem
    from .get_team_member_schedule_list_include_item import GetTeamMemberScheduleListIncludeItem
    from .get_team_member_schedule_list_item import GetTeamMemberScheduleListItem
    from .get_team_member_schedule_list_item_busy_intervals_item import GetTeamMemberScheduleListItemBusyIntervalsItem
    from .get_team_member_schedule_list_item_slots_item import GetTeamMemberScheduleListItemSlotsItem
    from .get_team_member_schedule_list_response import GetTeamMemberScheduleListResponse
    from .get_team_member_service_bill_of_materials_response import GetTeamMemberServiceBillOfMaterialsResponse
    from .get_team_member_tip_settings_response import GetTeamMemberTipSettingsResponse
    from .get_team_member_tip_settings_staff import GetTeamMemberTipSettingsStaff
    from .get_team_member_tip_settings_staff_employee import GetTeamMemberTipSettingsStaffEmployee
    from .get_team_member_tip_settings_staff_position import GetTeamMemberTipSettingsStaffPosition
    from .get_team_member_tip_settings_staff_user import GetTeamMemberTipSettingsStaffUser
    from .get_timeslot_settings_response import GetTimeslotSettingsResponse
    from .get_transaction_response import GetTransactionResponse
    from .get_transactions_by_visit_or_appointment_id_response import GetTransactionsByVisitOrAppointmentIdResponse
    from .get_transactions_response import GetTransactionsResponse
    from .get_user_gift_cards_response import GetUserGiftCardsResponse
    from .get_user_memberships_response import GetUserMembershipsResponse
    from .get_user_notification_settings_data import GetUserNotificationSettingsData
    from .get_user_notification_settings_data_mode import GetUserNotificationSettingsDataMode
    from .get_user_notification_settings_data_notification_types_item import (
        GetUserNotificationSettingsDataNotificationTypesItem,
    )
    from .get_user_notification_settings_data_notification_types_item_channels import (
        GetUserNotificationSettingsDataNotificationTypesItemChannels,
    )
    from .get_user_notification_settings_response import GetUserNotificationSettingsResponse
    from .get_user_permissions_response import GetUserPermissionsResponse
    from .get_user_roles_include_item import GetUserRolesIncludeItem
    from .get_user_roles_response import GetUserRolesResponse
    from .get_visit_data import GetVisitData
    from .get_visit_data_records_item import GetVisitDataRecordsItem
    from .get_visit_data_records_item_client import GetVisitDataRecordsItemClient
    from .get_visit_data_records_item_staff import GetVisitDataRecordsItemStaff
    from .get_visit_details_response import GetVisitDetailsResponse
    from .get_visit_response import GetVisitResponse
    from .good import Good
    from .good_actual_amounts_item import GoodActualAmountsItem
    from .good_loyalty_certificate_type_type_0 import GoodLoyaltyCertificateTypeType0
    from .goods_category import GoodsCategory
    from .goods_transaction import GoodsTransaction
    from .goods_transaction_client_type_0_item import GoodsTransactionClientType0Item
    from .goods_transaction_client_type_1 import GoodsTransactionClientType1
    from .goods_transaction_goods_marks_item import GoodsTransactionGoodsMarksItem
    from .goods_transaction_master_type_0_item import GoodsTransactionMasterType0Item
    from .goods_transaction_master_type_1 import GoodsTransactionMasterType1
    from .goods_transaction_sale_unit_type_0 import GoodsTransactionSaleUnitType0
    from .goods_transaction_service_unit_type_0 import GoodsTransactionServiceUnitType0
    from .goods_transaction_storage import GoodsTransactionStorage
    from .goods_transaction_supplier_item import GoodsTransactionSupplierItem
    from .goods_transaction_type import GoodsTransactionType
    from .group import Group
    from .group_access import GroupAccess
    from .group_companies_item import GroupCompaniesItem
    from .handle_fiscalization_callback_body import HandleFiscalizationCallbackBody
    from .history import History
    from .history_deposit_transaction import HistoryDepositTransaction
    from .history_deposit_transaction_type import HistoryDepositTransactionType
    from .image import Image
    from .income import Income
    from .income_average_services_stat import IncomeAverageServicesStat
    from .income_average_services_stat_currency import IncomeAverageServicesStatCurrency
    from .income_income_stats import IncomeIncomeStats
    from .income_income_stats_by_day_item import IncomeIncomeStatsByDayItem
    from .income_income_stats_new import IncomeIncomeStatsNew
    from .income_income_stats_old import IncomeIncomeStatsOld
    from .income_income_stats_total import IncomeIncomeStatsTotal
    from .issue_loyalty_card_body import IssueLoyaltyCardBody
    from .item import Item
    from .kkm_transaction import KkmTransaction
    from .kkm_transaction_cashier import KkmTransactionCashier
    from .kkm_transaction_document import KkmTransactionDocument
    from .kkm_transaction_status import KkmTransactionStatus
    from .kkm_transaction_type import KkmTransactionType
    from .label import Label
    from .leave_comment_body import LeaveCommentBody
    from .leave_comment_response import LeaveCommentResponse
    from .license_ import License
    from .license_license_option import LicenseLicenseOption
    from .license_options_item import LicenseOptionsItem
    from .list_client_comments_item import ListClientCommentsItem
    from .list_client_comments_item_files_item import ListClientCommentsItemFilesItem
    from .list_client_comments_item_type import ListClientCommentsItemType
    from .list_client_comments_item_user_type_0 import ListClientCommentsItemUserType0
    from .list_client_comments_response import ListClientCommentsResponse
    from .list_roles_include_item import ListRolesIncludeItem
    from .list_roles_response import ListRolesResponse
    from .list_timetable_schedule_day_events_item import ListTimetableScheduleDayEventsItem
    from .list_timetable_schedule_day_events_item_entity_labels_item import (
        ListTimetableScheduleDayEventsItemEntityLabelsItem,
    )
    from .list_timetable_schedule_day_events_item_entity_master import ListTimetableScheduleDayEventsItemEntityMaster
    from .list_timetable_schedule_day_events_item_entity_master_position_type_0 import (
        ListTimetableScheduleDayEventsItemEntityMasterPositionType0,
    )
    from .list_timetable_schedule_day_events_item_entity_resource_instances_item import (
        ListTimetableScheduleDayEventsItemEntityResourceInstancesItem,
    )
    from .list_timetable_schedule_day_events_item_event_entity_type import (
        ListTimetableScheduleDayEventsItemEventEntityType,
    )
    from .list_timetable_schedule_day_events_item_event_status import ListTimetableScheduleDayEventsItemEventStatus
    from .list_timetable_schedule_day_events_response import ListTimetableScheduleDayEventsResponse
    from .loyalty_transaction import LoyaltyTransaction
    from .loyalty_transaction_type import LoyaltyTransactionType
    from .manual_transaction import ManualTransaction
    from .meta_info import MetaInfo
    from .notification_type import NotificationType
    from .notification_type_channels import NotificationTypeChannels
    from .on_changed_notification_template import OnChangedNotificationTemplate
    from .on_changed_notification_template_message_type import OnChangedNotificationTemplateMessageType
    from .on_changed_notification_template_type import OnChangedNotificationTemplateType
    from .online import Online
    from .operation import Operation
    from .operation_document import OperationDocument
    from .operation_document_company import OperationDocumentCompany
    from .operation_document_storage import OperationDocumentStorage
    from .operation_document_type import OperationDocumentType
    from .operation_transactions_item import OperationTransactionsItem
    from .operation_transactions_item_good import OperationTransactionsItemGood
    from .operation_transactions_item_storage import OperationTransactionsItemStorage
    from .operation_transactions_item_type import OperationTransactionsItemType
    from .operation_transactions_item_unit import OperationTransactionsItemUnit
    from .overall import Overall
    from .overall_client_stats import OverallClientStats
    from .overall_fullness_stats import OverallFullnessStats
    from .overall_record_stats import OverallRecordStats
    from .patch_service_body import PatchServiceBody
    from .patch_service_body_staff_item import PatchServiceBodyStaffItem
    from .patch_service_data import PatchServiceData
    from .patch_service_data_dates_item import PatchServiceDataDatesItem
    from .patch_service_data_image_group_item import PatchServiceDataImageGroupItem
    from .patch_service_data_resources_item import PatchServiceDataResourcesItem
    from .patch_service_data_staff_item import PatchServiceDataStaffItem
    from .patch_service_response import PatchServiceResponse
    from .payment_method import PaymentMethod
    from .payment_method_account import PaymentMethodAccount
    from .permission import Permission
    from .permission_user_permissions_item import PermissionUserPermissionsItem
    from .permission_user_role import PermissionUserRole
    from .print_document_bill import PrintDocumentBill
    from .print_document_bill_bill_json_item import PrintDocumentBillBillJsonItem
    from .print_document_bill_kkm_transactions_item import PrintDocumentBillKkmTransactionsItem
    from .print_document_bill_kkm_transactions_item_cashier import PrintDocumentBillKkmTransactionsItemCashier
    from .print_document_bill_kkm_transactions_item_document import PrintDocumentBillKkmTransactionsItemDocument
    from .print_document_bill_kkm_transactions_item_status import PrintDocumentBillKkmTransactionsItemStatus
    from .print_document_bill_kkm_transactions_item_type import PrintDocumentBillKkmTransactionsItemType
    from .print_fiscal_receipt_body import PrintFiscalReceiptBody
    from .print_fiscal_receipt_response import PrintFiscalReceiptResponse
    from .program import Program
    from .program_loyalty_type import ProgramLoyaltyType
    from .quick import Quick
    from .quick_services_binding_type import QuickServicesBindingType
    from .record import Record
    from .record_client_type_0 import RecordClientType0
    from .record_consumable import RecordConsumable
    from .record_consumable_consumables_item import RecordConsumableConsumablesItem
    from .record_consumable_technological_cards_item import RecordConsumableTechnologicalCardsItem
    from .record_custom_fields_type_0 import RecordCustomFieldsType0
    from .record_source import RecordSource
    from .record_staff import RecordStaff
    from .remove_service_from_team_member_response import RemoveServiceFromTeamMemberResponse
    from .remove_service_from_team_member_response_data_type_0 import RemoveServiceFromTeamMemberResponseDataType0
    from .remove_user_from_locations_body import RemoveUserFromLocationsBody
    from .remove_user_from_locations_body_user_company_links_item import RemoveUserFromLocationsBodyUserCompanyLinksItem
    from .remove_user_from_locations_response import RemoveUserFromLocationsResponse
    from .remove_user_from_locations_response_data_type_0 import RemoveUserFromLocationsResponseDataType0
    from .resource import Resource
    from .resource_instance import ResourceInstance
    from .resource_instances_item import ResourceInstancesItem
    from .role import Role
    from .role_slug import RoleSlug
    from .role_user_permissions_type_0_item import RoleUserPermissionsType0Item
    from .rule import Rule
    from .salary_scheme import SalaryScheme
    from .salary_scheme_salary_scheme import SalarySchemeSalaryScheme
    from .salary_schemes_count import SalarySchemesCount
    from .sale import Sale
    from .sale_kkm_state import SaleKkmState
    from .sale_kkm_state_transactions_item import SaleKkmStateTransactionsItem
    from .schedule import Schedule
    from .schedule_original_entity_type import ScheduleOriginalEntityType
    from .schedule_team_member_update_deprecated_body_item import ScheduleTeamMemberUpdateDeprecatedBodyItem
    from .schedule_team_member_update_deprecated_body_item_slots_item import (
        ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,
    )
    from .seance import Seance
    from .search_client_visits_body import SearchClientVisitsBody
    from .search_client_visits_body_attendance_type_0 import SearchClientVisitsBodyAttendanceType0
    from .search_client_visits_body_payment_statuses_item import SearchClientVisitsBodyPaymentStatusesItem
    from .search_client_visits_data import SearchClientVisitsData
    from .search_client_visits_data_goods_transactions_item import SearchClientVisitsDataGoodsTransactionsItem
    from .search_client_visits_data_goods_transactions_item_company import (
        SearchClientVisitsDataGoodsTransactionsItemCompany,
    )
    from .search_client_visits_data_goods_transactions_item_staff import (
        SearchClientVisitsDataGoodsTransactionsItemStaff,
    )
    from .search_client_visits_data_records_item import SearchClientVisitsDataRecordsItem
    from .search_client_visits_data_records_item_comer import SearchClientVisitsDataRecordsItemComer
    from .search_client_visits_data_records_item_company import SearchClientVisitsDataRecordsItemCompany
    from .search_client_visits_data_records_item_staff import SearchClientVisitsDataRecordsItemStaff
    from .search_client_visits_data_records_item_tips import SearchClientVisitsDataRecordsItemTips
    from .search_client_visits_response import SearchClientVisitsResponse
    from .search_dates_range import SearchDatesRange
    from .search_event_services_item import SearchEventServicesItem
    from .search_event_services_item_category import SearchEventServicesItemCategory
    from .search_event_services_item_resources_item import SearchEventServicesItemResourcesItem
    from .search_event_services_item_staff_item import SearchEventServicesItemStaffItem
    from .search_event_services_response import SearchEventServicesResponse
    from .search_events_item import SearchEventsItem
    from .search_events_item_labels_item import SearchEventsItemLabelsItem
    from .search_events_item_resource_instances_item import SearchEventsItemResourceInstancesItem
    from .search_events_item_service import SearchEventsItemService
    from .search_events_item_service_category import SearchEventsItemServiceCategory
    from .search_events_item_staff import SearchEventsItemStaff
    from .search_events_item_staff_position import SearchEventsItemStaffPosition
    from .search_events_response import SearchEventsResponse
    from .search_for_product_transactions_item import SearchForProductTransactionsItem
    from .search_for_product_transactions_item_good import SearchForProductTransactionsItemGood
    from .search_for_product_transactions_item_master import SearchForProductTransactionsItemMaster
    from .search_for_product_transactions_item_service import SearchForProductTransactionsItemService
    from .search_for_product_transactions_item_storage import SearchForProductTransactionsItemStorage
    from .search_for_product_transactions_item_supplier import SearchForProductTransactionsItemSupplier
    from .search_for_product_transactions_item_unit import SearchForProductTransactionsItemUnit
    from .search_for_product_transactions_response import SearchForProductTransactionsResponse
    from .search_memberships_for_event_data import SearchMembershipsForEventData
    from .search_memberships_for_event_data_data_item import SearchMembershipsForEventDataDataItem
    from .search_memberships_for_event_data_data_item_attributes import SearchMembershipsForEventDataDataItemAttributes
    from .search_memberships_for_event_data_data_item_relationships import (
        SearchMembershipsForEventDataDataItemRelationships,
    )
    from .search_memberships_for_event_data_included_item import SearchMembershipsForEventDataIncludedItem
    from .search_product_item import SearchProductItem
    from .search_product_response import SearchProductResponse
    from .search_team_member_calculation_daily_salary_response import SearchTeamMemberCalculationDailySalaryResponse
    from .search_team_member_calculation_salary_data import SearchTeamMemberCalculationSalaryData
    from .search_team_member_calculation_salary_response import SearchTeamMemberCalculationSalaryResponse
    from .search_team_member_payroll_calculation_item import SearchTeamMemberPayrollCalculationItem
    from .search_team_member_payroll_calculation_item_currency import SearchTeamMemberPayrollCalculationItemCurrency
    from .search_team_member_payroll_calculation_response import SearchTeamMemberPayrollCalculationResponse
    from .search_team_member_period_daily_salary_data import SearchTeamMemberPeriodDailySalaryData
    from .search_team_member_period_daily_salary_data_period_calculation_daily_item import (
        SearchTeamMemberPeriodDailySalaryDataPeriodCalculationDailyItem,
    )
    from .search_team_member_period_daily_salary_data_period_calculation_daily_item_period_calculation import (
        SearchTeamMemberPeriodDailySalaryDataPeriodCalculationDailyItemPeriodCalculation,
    )
    from .search_team_member_period_daily_salary_response import SearchTeamMemberPeriodDailySalaryResponse
    from .search_team_member_period_salary_response import SearchTeamMemberPeriodSalaryResponse
    from .search_timetable_event_schedules_by_event_entity_type import SearchTimetableEventSchedulesByEventEntityType
    from .search_timetable_event_schedules_by_event_include_item import SearchTimetableEventSchedulesByEventIncludeItem
    from .search_timetable_event_schedules_by_event_response import SearchTimetableEventSchedulesByEventResponse
    from .send_email_campaign_to_filtered_clients_body import SendEmailCampaignToFilteredClientsBody
    from .send_email_campaign_to_filtered_clients_response import SendEmailCampaignToFilteredClientsResponse
    from .send_email_newsletter_to_clients_body import SendEmailNewsletterToClientsBody
    from .send_email_newsletter_to_clients_response import SendEmailNewsletterToClientsResponse
    from .send_sms_campaign_to_filtered_clients_body import SendSmsCampaignToFilteredClientsBody
    from .send_sms_campaign_to_filtered_clients_response import SendSmsCampaignToFilteredClientsResponse
    from .send_sms_to_clients_body import SendSmsToClientsBody
    from .send_sms_to_clients_response import SendSmsToClientsResponse
    from .service import Service
    from .service_category import ServiceCategory
    from .set_balance import SetBalance
    from .set_balance_balance_container import SetBalanceBalanceContainer
    from .set_period import SetPeriod
    from .set_team_member_schedule_body import SetTeamMemberScheduleBody
    from .set_team_member_schedule_body_schedules_to_delete_item import SetTeamMemberScheduleBodySchedulesToDeleteItem
    from .set_team_member_schedule_body_schedules_to_set_item import SetTeamMemberScheduleBodySchedulesToSetItem
    from .set_team_member_schedule_item import SetTeamMemberScheduleItem
    from .set_team_member_schedule_item_slots_item import SetTeamMemberScheduleItemSlotsItem
    from .set_team_member_schedule_response import SetTeamMemberScheduleResponse
    from .setting import Setting
    from .staff import Staff
    from .state import State
    from .state_items_item import StateItemsItem
    from .state_loyalty_transactions_item import StateLoyaltyTransactionsItem
    from .state_payment_transactions_item import StatePaymentTransactionsItem
    from .status import Status
    from .storage import Storage
    from .tax_system import TaxSystem
    from .tax_system_vats_item import TaxSystemVatsItem
    from .technological_card import TechnologicalCard
    from .technological_card_technological_card_items_item import TechnologicalCardTechnologicalCardItemsItem
    from .timeslot import Timeslot
    from .timeslot_dates_settings_item import TimeslotDatesSettingsItem
    from .timeslot_dates_settings_item_setting import TimeslotDatesSettingsItemSetting
    from .timeslot_weekdays_settings_item import TimeslotWeekdaysSettingsItem
    from .timeslot_weekdays_settings_item_setting import TimeslotWeekdaysSettingsItemSetting
    from .timetable import Timetable
    from .total_sum import TotalSum
    from .type_ import Type
    from .unit import Unit
    from .unlink_appointment_service_association_body import UnlinkAppointmentServiceAssociationBody
    from .unlink_appointment_service_association_response import UnlinkAppointmentServiceAssociationResponse
    from .update_appointment_attendance_body import UpdateAppointmentAttendanceBody
    from .update_appointment_attendance_body_attendance import UpdateAppointmentAttendanceBodyAttendance
    from .update_appointment_attendance_response import UpdateAppointmentAttendanceResponse
    from .update_appointment_body_type_0 import UpdateAppointmentBodyType0
    from .update_appointment_body_type_0_activity_id import UpdateAppointmentBodyType0ActivityId
    from .update_appointment_body_type_1 import UpdateAppointmentBodyType1
    from .update_appointment_calendar_settings_body import UpdateAppointmentCalendarSettingsBody
    from .update_appointment_calendar_settings_response import UpdateAppointmentCalendarSettingsResponse
    from .update_appointment_data import UpdateAppointmentData
    from .update_appointment_data_client import UpdateAppointmentDataClient
    from .update_appointment_data_documents_item import UpdateAppointmentDataDocumentsItem
    from .update_appointment_data_services_item import UpdateAppointmentDataServicesItem
    from .update_appointment_data_staff import UpdateAppointmentDataStaff
    from .update_appointment_response import UpdateAppointmentResponse
    from .update_appointment_service_consumables_body import UpdateAppointmentServiceConsumablesBody
    from .update_appointment_service_consumables_body_consumables_item import (
        UpdateAppointmentServiceConsumablesBodyConsumablesItem,
    )
    from .update_appointment_service_consumables_response import UpdateAppointmentServiceConsumablesResponse
    from .update_booking_widget_body import UpdateBookingWidgetBody
    from .update_booking_widget_body_button_position import UpdateBookingWidgetBodyButtonPosition
    from .update_booking_widget_body_form_position import UpdateBookingWidgetBodyFormPosition
    from .update_booking_widget_response import UpdateBookingWidgetResponse
    from .update_chain_loyalty_program_body import UpdateChainLoyaltyProgramBody
    from .update_chain_loyalty_program_body_expiration_timeout_unit import (
        UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit,
    )
    from .update_chain_loyalty_program_body_on_changed_notification_template import (
        UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate,
    )
    from .update_chain_loyalty_program_body_on_changed_notification_template_type import (
        UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType,
    )
    from .update_chain_loyalty_program_body_on_expiration_notification_template import (
        UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate,
    )
    from .update_chain_loyalty_program_body_on_expiration_notification_template_type import (
        UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType,
    )
    from .update_chain_loyalty_program_body_rules_item import UpdateChainLoyaltyProgramBodyRulesItem
    from .update_chain_loyalty_program_include import UpdateChainLoyaltyProgramInclude
    from .update_client_body import UpdateClientBody
    from .update_client_body_custom_fields import UpdateClientBodyCustomFields
    from .update_client_body_labels import UpdateClientBodyLabels
    from .update_custom_field_body import UpdateCustomFieldBody
    from .update_custom_field_response import UpdateCustomFieldResponse
    from .update_document_body import UpdateDocumentBody
    from .update_document_response import UpdateDocumentResponse
    from .update_event_body import UpdateEventBody
    from .update_event_duplication_strategy_body import UpdateEventDuplicationStrategyBody
    from .update_event_duplication_strategy_body_days_item import UpdateEventDuplicationStrategyBodyDaysItem
    from .update_event_response import UpdateEventResponse
    from .update_financial_transaction_body import UpdateFinancialTransactionBody
    from .update_financial_transaction_response import UpdateFinancialTransactionResponse
    from .update_location_body import UpdateLocationBody
    from .update_location_body_social import UpdateLocationBodySocial
    from .update_location_data import UpdateLocationData
    from .update_location_data_access import UpdateLocationDataAccess
    from .update_location_data_main_group_type_0 import UpdateLocationDataMainGroupType0
    from .update_location_data_social import UpdateLocationDataSocial
    from .update_location_response import UpdateLocationResponse
    from .update_online_booking_settings_body import UpdateOnlineBookingSettingsBody
    from .update_online_booking_settings_response import UpdateOnlineBookingSettingsResponse
    from .update_product_body import UpdateProductBody
    from .update_product_body_correction_rules_item import UpdateProductBodyCorrectionRulesItem
    from .update_product_category_body import UpdateProductCategoryBody
    from .update_product_category_response import UpdateProductCategoryResponse
    from .update_product_response import UpdateProductResponse
    from .update_service_category_body import UpdateServiceCategoryBody
    from .update_service_category_response import UpdateServiceCategoryResponse
    from .update_service_links_body import UpdateServiceLinksBody
    from .update_service_links_body_team_member_settings_item import UpdateServiceLinksBodyTeamMemberSettingsItem
    from .update_service_links_body_translations_item import UpdateServiceLinksBodyTranslationsItem
    from .update_service_links_response import UpdateServiceLinksResponse
    from .update_service_links_response_data_type_0 import UpdateServiceLinksResponseDataType0
    from .update_service_team_member_assignment_body import UpdateServiceTeamMemberAssignmentBody
    from .update_service_team_member_assignment_response import UpdateServiceTeamMemberAssignmentResponse
    from .update_tag_by_tag_id_body import UpdateTagByTagIdBody
    from .update_team_member_body import UpdateTeamMemberBody
    from .update_team_member_response import UpdateTeamMemberResponse
    from .update_team_member_schedule_body import UpdateTeamMemberScheduleBody
    from .update_team_member_schedule_body_slots import UpdateTeamMemberScheduleBodySlots
    from .update_timetable_client_schedule_body import UpdateTimetableClientScheduleBody
    from .update_timetable_client_schedule_response import UpdateTimetableClientScheduleResponse
    from .update_timetable_event_schedule_body import UpdateTimetableEventScheduleBody
    from .update_timetable_event_schedule_response import UpdateTimetableEventScheduleResponse
    from .update_timetable_schedule_day_body import UpdateTimetableScheduleDayBody
    from .update_timetable_schedule_day_include_item import UpdateTimetableScheduleDayIncludeItem
    from .update_timetable_schedule_day_response import UpdateTimetableScheduleDayResponse
    from .update_transaction_body import UpdateTransactionBody
    from .update_transaction_response import UpdateTransactionResponse
    from .update_user_notification_settings_body import UpdateUserNotificationSettingsBody
    from .update_user_notification_settings_body_notification_types_item import (
        UpdateUserNotificationSettingsBodyNotificationTypesItem,
    )
    from .update_user_notification_settings_body_notification_types_item_channels import (
        UpdateUserNotificationSettingsBodyNotificationTypesItemChannels,
    )
    from .update_user_notification_settings_response import UpdateUserNotificationSettingsResponse
    from .update_user_permissions_body import UpdateUserPermissionsBody
    from .update_user_permissions_body_user_permissions_item import UpdateUserPermissionsBodyUserPermissionsItem
    from .update_user_permissions_body_user_role import UpdateUserPermissionsBodyUserRole
    from .update_user_permissions_response import UpdateUserPermissionsResponse
    from .update_visit_body import UpdateVisitBody
    from .update_visit_body_deleted_transaction_ids_item import UpdateVisitBodyDeletedTransactionIdsItem
    from .update_visit_body_goods_transactions_item import UpdateVisitBodyGoodsTransactionsItem
    from .update_visit_body_new_transactions_item import UpdateVisitBodyNewTransactionsItem
    from .update_visit_body_services_item import UpdateVisitBodyServicesItem
    from .upload_client_file_body import UploadClientFileBody
    from .upload_client_file_response import UploadClientFileResponse
    from .upload_image_body import UploadImageBody
    from .upload_image_data import UploadImageData
    from .upload_image_data_image_group import UploadImageDataImageGroup
    from .upload_image_data_image_group_image_group import UploadImageDataImageGroupImageGroup
    from .user import User
    from .visit import Visit
    from .visit_client_stats import VisitClientStats
    from .visit_visits_stats_by_day_item import VisitVisitsStatsByDayItem
    from .z_report import ZReport
    from .z_report_paids import ZReportPaids
    from .z_report_paids_accounts_item import ZReportPaidsAccountsItem
    from .z_report_paids_discount_item import ZReportPaidsDiscountItem
    from .z_report_paids_total import ZReportPaidsTotal
    from .z_report_stats import ZReportStats
    from .z_report_z_data import ZReportZData
    from .z_report_z_data_1481101200_item import ZReportZData1481101200Item

_MODULE_OF: dict[str, str] = {
    "Abonement": ".abonement",
    "AbonementBalanceContainer": ".abonement_balance_container",
    "AbonementType": ".abonement_type",
    "AbonementTypeAvailabilityItem": ".abonement_type_availability_item",
    "AbonementTypeBalanceContainer": ".abonement_type_balance_container",
    "AbonementTypeBalanceContainerLinksItem": ".abonement_type_balance_container_links_item",
    "AbonementTypeCategoryType0": ".abonement_type_category_type_0",
    "Account": ".account",
    "Activity": ".activity",
    "ActivityLabelsItem": ".activity_labels_item",
    "ApplicableItem": ".applicable_item",
    "ApplyCardWithdrawal": ".apply_card_withdrawal",
    "ApplyCardWithdrawalKkmTransactionDetailsContainer": ".apply_card_withdrawal_kkm_transaction_details_container",
    "ApplyCardWithdrawalKkmTransactionDetailsContainerTransactionsItem": ".apply_card_withdrawal_kkm_transaction_details_container_transactions_item",
    "ApplyCardWithdrawalPaymentTransactionsItem": ".apply_card_withdrawal_payment_transactions_item",
    "ApplyDiscountPromotionBody": ".apply_discount_promotion_body",
    "ApplyLoyaltyCardDeductionBody": ".apply_loyalty_card_deduction_body",
    "ApplyReferralProgramBody": ".apply_referral_program_body",
    "AssignServiceToTeamMemberBody": ".assign_service_to_team_member_body",
    "AssignServiceToTeamMemberData": ".assign_service_to_team_member_data",
    "AssignServiceToTeamMemberResponse": ".assign_service_to_team_member_response",
    "Attendance": ".attendance",
    "AttendanceAttendance": ".attendance_attendance",
    "AttendanceRecordsType0": ".attendance_records_type_0",
    "AttendanceRecordsType0AdditionalProperty": ".attendance_records_type_0_additional_property",
    "Auth": ".auth",
    "AuthorizeUserBody": ".authorize_user_body",
    "AuthorizeUserResponse": ".authorize_user_response",
    "BookingForm": ".booking_form",
    "BookingFormHeaderImagesType0": ".booking_form_header_images_type_0",
    "BulkCreateClientsBody": ".bulk_create_clients_body",
    "BulkCreateClientsBodyCategories": ".bulk_create_clients_body_categories",
    "CancelCardWithdrawal": ".cancel_card_withdrawal",
    "CancelCardWithdrawalKkmTransactionDetailsContainer": ".cancel_card_withdrawal_kkm_transaction_details_container",
    "CancelCardWithdrawalKkmTransactionDetailsContainerTransactionsItem": ".cancel_card_withdrawal_kkm_transaction_details_container_transactions_item",
    "CancelCardWithdrawalLoyaltyTransactionsItem": ".cancel_card_withdrawal_loyalty_transactions_item",
    "CancelCardWithdrawalPaymentTransactionsItem": ".cancel_card_withdrawal_payment_transactions_item",
    "CancelDiscountPromotionBody": ".cancel_discount_promotion_body",
    "CancelLoyaltyCardWithdrawalBody": ".cancel_loyalty_card_withdrawal_body",
    "Card": ".card",
    "CardSalonGroup": ".card_salon_group",
    "CardType": ".card_type",
    "CategoryNode": ".category_node",
    "CategoryNodeChildrenItem": ".category_node_children_item",
    "Certificate": ".certificate",
    "CertificateStatus": ".certificate_status",
    "CertificateType": ".certificate_type",
    "CertificateTypeItemType": ".certificate_type_item_type",
    "ChainLoyaltyCertificateTypesCreateBody": ".chain_loyalty_certificate_types_create_body",
    "ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId": ".chain_loyalty_certificate_types_create_body_balance_edit_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyExpiration": ".chain_loyalty_certificate_types_create_body_expiration",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId": ".chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId": ".chain_loyalty_certificate_types_create_body_expiration_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyItemTypeId": ".chain_loyalty_certificate_types_create_body_item_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyOnlineSale": ".chain_loyalty_certificate_types_create_body_online_sale",
    "ChainLoyaltyCertificateTypesCreateResponse": ".chain_loyalty_certificate_types_create_response",
    "ChainLoyaltyCertificateTypesDeleteResponse": ".chain_loyalty_certificate_types_delete_response",
    "ChainLoyaltyCertificateTypesGetResponse": ".chain_loyalty_certificate_types_get_response",
    "ChainLoyaltyCertificateTypesListResponse": ".chain_loyalty_certificate_types_list_response",
    "ChainLoyaltyCertificateTypesUpdateBody": ".chain_loyalty_certificate_types_update_body",
    "ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId": ".chain_loyalty_certificate_types_update_body_balance_edit_type_id",
    "ChainLoyaltyCertificateTypesUpdateBodyExpiration": ".chain_loyalty_certificate_types_update_body_expiration",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId": ".chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId": ".chain_loyalty_certificate_types_update_body_expiration_type_id",
    "ChainLoyaltyCertificateTypesUpdateBodyItemTypeId": ".chain_loyalty_certificate_types_update_body_item_type_id",
    "ChainLoyaltyCertificateTypesUpdateBodyOnlineSale": ".chain_loyalty_certificate_types_update_body_online_sale",
    "ChainLoyaltyCertificateTypesUpdateData": ".chain_loyalty_certificate_types_update_data",
    "ChainLoyaltyCertificateTypesUpdateDataItemType": ".chain_loyalty_certificate_types_update_data_item_type",
    "ChainLoyaltyCertificateTypesUpdateResponse": ".chain_loyalty_certificate_types_update_response",
    "ChainLoyaltyMembershipTypesArchiveBody": ".chain_loyalty_membership_types_archive_body",
    "ChainLoyaltyMembershipTypesCloneBody": ".chain_loyalty_membership_types_clone_body",
    "ChainLoyaltyMembershipTypesCloneResponse": ".chain_loyalty_membership_types_clone_response",
    "ChainLoyaltyMembershipTypesCreateBody": ".chain_loyalty_membership_types_create_body",
    "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId": ".chain_loyalty_membership_types_create_body_autoactivation_time_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem": ".chain_loyalty_membership_types_create_body_availability_item",
    "ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId": ".chain_loyalty_membership_types_create_body_balance_edit_type_id",
    "ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId": ".chain_loyalty_membership_types_create_body_expiration_type_id",
    "ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId": ".chain_loyalty_membership_types_create_body_freeze_limit_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId": ".chain_loyalty_membership_types_create_body_period_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyServiceCategories": ".chain_loyalty_membership_types_create_body_service_categories",
    "ChainLoyaltyMembershipTypesCreateBodyServices": ".chain_loyalty_membership_types_create_body_services",
    "ChainLoyaltyMembershipTypesCreateResponse": ".chain_loyalty_membership_types_create_response",
    "ChainLoyaltyMembershipTypesDeleteResponse": ".chain_loyalty_membership_types_delete_response",
    "ChainLoyaltyMembershipTypesListItem": ".chain_loyalty_membership_types_list_item",
    "ChainLoyaltyMembershipTypesListItemAvailabilityItem": ".chain_loyalty_membership_types_list_item_availability_item",
    "ChainLoyaltyMembershipTypesListItemBalanceContainer": ".chain_loyalty_membership_types_list_item_balance_container",
    "ChainLoyaltyMembershipTypesListItemCategoryType0": ".chain_loyalty_membership_types_list_item_category_type_0",
    "ChainLoyaltyMembershipTypesListResponse": ".chain_loyalty_membership_types_list_response",
    "ChainLoyaltyMembershipTypesReadResponse": ".chain_loyalty_membership_types_read_response",
    "ChainLoyaltyMembershipTypesRestoreBody": ".chain_loyalty_membership_types_restore_body",
    "ChainLoyaltyMembershipTypesUpdateBody": ".chain_loyalty_membership_types_update_body",
    "ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId": ".chain_loyalty_membership_types_update_body_autoactivation_time_unit_id",
    "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem": ".chain_loyalty_membership_types_update_body_availability_item",
    "ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId": ".chain_loyalty_membership_types_update_body_balance_edit_type_id",
    "ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId": ".chain_loyalty_membership_types_update_body_expiration_type_id",
    "ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId": ".chain_loyalty_membership_types_update_body_freeze_limit_unit_id",
    "ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId": ".chain_loyalty_membership_types_update_body_period_unit_id",
    "ChainLoyaltyMembershipTypesUpdateResponse": ".chain_loyalty_membership_types_update_response",
    "ChainLoyaltyMembershipsFreezeBody": ".chain_loyalty_memberships_freeze_body",
    "ChainLoyaltyMembershipsFreezeData": ".chain_loyalty_memberships_freeze_data",
    "ChainLoyaltyMembershipsFreezeResponse": ".chain_loyalty_memberships_freeze_response",
    "ChainLoyaltyMembershipsSetBalanceBody": ".chain_loyalty_memberships_set_balance_body",
    "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem": ".chain_loyalty_memberships_set_balance_body_services_balance_count_item",
    "ChainLoyaltyMembershipsSetBalanceResponse": ".chain_loyalty_memberships_set_balance_response",
    "ChainLoyaltyMembershipsSetPeriodBody": ".chain_loyalty_memberships_set_period_body",
    "ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId": ".chain_loyalty_memberships_set_period_body_period_unit_id",
    "ChainLoyaltyMembershipsSetPeriodResponse": ".chain_loyalty_memberships_set_period_response",
    "ChainLoyaltyMembershipsUnfreezeBody": ".chain_loyalty_memberships_unfreeze_body",
    "ChainLoyaltyMembershipsUnfreezeData": ".chain_loyalty_memberships_unfreeze_data",
    "ChainLoyaltyMembershipsUnfreezeResponse": ".chain_loyalty_memberships_unfreeze_response",
    "CheckMembershipsForEventData": ".check_memberships_for_event_data",
    "CheckMembershipsForEventDataData": ".check_memberships_for_event_data_data",
    "CheckMembershipsForEventDataDataAttributes": ".check_memberships_for_event_data_data_attributes",
    "Client": ".client",
    "ClientSchedule": ".client_schedule",
    "ClientStat": ".client_stat",
    "Comment": ".comment",
    "Company": ".company",
    "CompanyUser": ".company_user",
    "CompanyUserAccess": ".company_user_access",
    "CopyUserPermissionsToLocationsBody": ".copy_user_permissions_to_locations_body",
    "CopyUserPermissionsToLocationsBodyUserCompanyLinksItem": ".copy_user_permissions_to_locations_body_user_company_links_item",
    "CopyUserPermissionsToLocationsResponse": ".copy_user_permissions_to_locations_response",
    "CopyUserPermissionsToLocationsResponseDataType0": ".copy_user_permissions_to_locations_response_data_type_0",
    "CreateAppointmentBodyType0": ".create_appointment_body_type_0",
    "CreateAppointmentBodyType0ActivityId": ".create_appointment_body_type_0_activity_id",
    "CreateAppointmentBodyType1": ".create_appointment_body_type_1",
    "CreateAppointmentResponse": ".create_appointment_response",
    "CreateBookingWidgetBody": ".create_booking_widget_body",
    "CreateBookingWidgetBodyButtonPosition": ".create_booking_widget_body_button_position",
    "CreateBookingWidgetBodyFormPosition": ".create_booking_widget_body_form_position",
    "CreateBookingWidgetResponse": ".create_booking_widget_response",
    "CreateChainLoyaltyCardTransactionBody": ".create_chain_loyalty_card_transaction_body",
    "CreateChainLoyaltyCardTransactionResponse": ".create_chain_loyalty_card_transaction_response",
    "CreateChainLoyaltyProgramBody": ".create_chain_loyalty_program_body",
    "CreateChainLoyaltyProgramBodyExpirationTimeoutUnit": ".create_chain_loyalty_program_body_expiration_timeout_unit",
    "CreateChainLoyaltyProgramBodyGoodItemType": ".create_chain_loyalty_program_body_good_item_type",
    "CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate": ".create_chain_loyalty_program_body_on_changed_notification_template",
    "CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType": ".create_chain_loyalty_program_body_on_changed_notification_template_type",
    "CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate": ".create_chain_loyalty_program_body_on_expiration_notification_template",
    "CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType": ".create_chain_loyalty_program_body_on_expiration_notification_template_type",
    "CreateChainLoyaltyProgramBodyParamsSourceType": ".create_chain_loyalty_program_body_params_source_type",
    "CreateChainLoyaltyProgramBodyRulesItem": ".create_chain_loyalty_program_body_rules_item",
    "CreateChainLoyaltyProgramBodyServiceItemType": ".create_chain_loyalty_program_body_service_item_type",
    "CreateChainLoyaltyProgramBodyType": ".create_chain_loyalty_program_body_type",
    "CreateChainLoyaltyProgramBodyValueUnit": ".create_chain_loyalty_program_body_value_unit",
    "CreateChainLoyaltyProgramData": ".create_chain_loyalty_program_data",
    "CreateChainLoyaltyProgramDataExpirationTimeoutUnit": ".create_chain_loyalty_program_data_expiration_timeout_unit",
    "CreateChainLoyaltyProgramDataGoodItemType": ".create_chain_loyalty_program_data_good_item_type",
    "CreateChainLoyaltyProgramDataLoyaltyCardTypesItem": ".create_chain_loyalty_program_data_loyalty_card_types_item",
    "CreateChainLoyaltyProgramDataParamsSourceType": ".create_chain_loyalty_program_data_params_source_type",
    "CreateChainLoyaltyProgramDataServiceItemType": ".create_chain_loyalty_program_data_service_item_type",
    "CreateChainLoyaltyProgramDataType": ".create_chain_loyalty_program_data_type",
    "CreateChainLoyaltyProgramDataValueUnit": ".create_chain_loyalty_program_data_value_unit",
    "CreateChainLoyaltyProgramInclude": ".create_chain_loyalty_program_include",
    "CreateClientAccountTopupOperationBody": ".create_client_account_topup_operation_body",
    "CreateClientAccountTopupOperationResponse": ".create_client_account_topup_operation_response",
    "CreateClientBody": ".create_client_body",
    "CreateClientBodyCategories": ".create_client_body_categories",
    "CreateClientBodyCustomFields": ".create_client_body_custom_fields",
    "CreateClientCommentBody": ".create_client_comment_body",
    "CreateClientCommentData": ".create_client_comment_data",
    "CreateClientCommentDataFilesItem": ".create_client_comment_data_files_item",
    "CreateClientCommentDataType": ".create_client_comment_data_type",
    "CreateClientCommentDataUserType0": ".create_client_comment_data_user_type_0",
    "CreateClientCommentResponse": ".create_client_comment_response",
    "CreateCustomFieldBody": ".create_custom_field_body",
    "CreateCustomFieldResponse": ".create_custom_field_response",
    "CreateDocumentBody": ".create_document_body",
    "CreateDocumentCompany": ".create_document_company",
    "CreateDocumentCompanyPhonesItem": ".create_document_company_phones_item",
    "CreateDocumentResponse": ".create_document_response",
    "CreateEventBody": ".create_event_body",
    "CreateEventDuplicationStrategyBody": ".create_event_duplication_strategy_body",
    "CreateEventDuplicationStrategyBodyDaysItem": ".create_event_duplication_strategy_body_days_item",
    "CreateEventResponse": ".create_event_response",
    "CreateFinancialTransactionBody": ".create_financial_transaction_body",
    "CreateFinancialTransactionData": ".create_financial_transaction_data",
    "CreateFinancialTransactionDataAccount": ".create_financial_transaction_data_account",
    "CreateFinancialTransactionDataClient": ".create_financial_transaction_data_client",
    "CreateFinancialTransactionDataExpense": ".create_financial_transaction_data_expense",
    "CreateFinancialTransactionDataMaster": ".create_financial_transaction_data_master",
    "CreateFinancialTransactionDataSupplierItem": ".create_financial_transaction_data_supplier_item",
    "CreateFinancialTransactionResponse": ".create_financial_transaction_response",
    "CreateInventoryOperationBody": ".create_inventory_operation_body",
    "CreateInventoryOperationBodyGoodsTransactionsItem": ".create_inventory_operation_body_goods_transactions_item",
    "CreateInventoryOperationResponse": ".create_inventory_operation_response",
    "CreateLocationBody": ".create_location_body",
    "CreateLocationData": ".create_location_data",
    "CreateLocationResponse": ".create_location_response",
    "CreateLoyaltyCardTransactionBody": ".create_loyalty_card_transaction_body",
    "CreateLoyaltyCardTransactionResponse": ".create_loyalty_card_transaction_response",
    "CreatePaymentWithLoyaltyMethodsBodyType0": ".create_payment_with_loyalty_methods_body_type_0",
    "CreatePaymentWithLoyaltyMethodsBodyType0Payment": ".create_payment_with_loyalty_methods_body_type_0_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType0PaymentMethod": ".create_payment_with_loyalty_methods_body_type_0_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType1": ".create_payment_with_loyalty_methods_body_type_1",
    "CreatePaymentWithLoyaltyMethodsBodyType1Payment": ".create_payment_with_loyalty_methods_body_type_1_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod": ".create_payment_with_loyalty_methods_body_type_1_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType2": ".create_payment_with_loyalty_methods_body_type_2",
    "CreatePaymentWithLoyaltyMethodsBodyType2Payment": ".create_payment_with_loyalty_methods_body_type_2_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType2PaymentMethod": ".create_payment_with_loyalty_methods_body_type_2_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType3": ".create_payment_with_loyalty_methods_body_type_3",
    "CreatePaymentWithLoyaltyMethodsBodyType3Payment": ".create_payment_with_loyalty_methods_body_type_3_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType3PaymentMethod": ".create_payment_with_loyalty_methods_body_type_3_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType4": ".create_payment_with_loyalty_methods_body_type_4",
    "CreatePaymentWithLoyaltyMethodsBodyType4Payment": ".create_payment_with_loyalty_methods_body_type_4_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType4PaymentMethod": ".create_payment_with_loyalty_methods_body_type_4_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType5": ".create_payment_with_loyalty_methods_body_type_5",
    "CreatePaymentWithLoyaltyMethodsBodyType5Payment": ".create_payment_with_loyalty_methods_body_type_5_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType5PaymentMethod": ".create_payment_with_loyalty_methods_body_type_5_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType6": ".create_payment_with_loyalty_methods_body_type_6",
    "CreatePaymentWithLoyaltyMethodsBodyType6Payment": ".create_payment_with_loyalty_methods_body_type_6_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod": ".create_payment_with_loyalty_methods_body_type_6_payment_method",
    "CreatePaymentWithLoyaltyMethodsResponse": ".create_payment_with_loyalty_methods_response",
    "CreatePositionQuickBody": ".create_position_quick_body",
    "CreatePositionQuickResponse": ".create_position_quick_response",
    "CreateProductBody": ".create_product_body",
    "CreateProductCategoryBody": ".create_product_category_body",
    "CreateProductCategoryData": ".create_product_category_data",
    "CreateProductCategoryResponse": ".create_product_category_response",
    "CreateProductData": ".create_product_data",
    "CreateProductDataActualAmountsItem": ".create_product_data_actual_amounts_item",
    "CreateProductResponse": ".create_product_response",
    "CreateServiceBody": ".create_service_body",
    "CreateServiceBodyStaffItem": ".create_service_body_staff_item",
    "CreateServiceCategoryBody": ".create_service_category_body",
    "CreateServiceCategoryData": ".create_service_category_data",
    "CreateServiceCategoryResponse": ".create_service_category_response",
    "CreateServiceData": ".create_service_data",
    "CreateServiceDataStaffItem": ".create_service_data_staff_item",
    "CreateServiceResponse": ".create_service_response",
    "CreateTagResponse": ".create_tag_response",
    "CreateTeamMemberQuickBody": ".create_team_member_quick_body",
    "CreateTeamMemberQuickData": ".create_team_member_quick_data",
    "CreateTeamMemberQuickDataPositionType0": ".create_team_member_quick_data_position_type_0",
    "CreateTeamMemberQuickResponse": ".create_team_member_quick_response",
    "CreateTimetableClientScheduleBody": ".create_timetable_client_schedule_body",
    "CreateTimetableClientScheduleResponse": ".create_timetable_client_schedule_response",
    "CreateTimetableEventScheduleBody": ".create_timetable_event_schedule_body",
    "CreateTimetableEventScheduleBodyDaysItem": ".create_timetable_event_schedule_body_days_item",
    "CreateTimetableEventScheduleBodyOriginalEntityType": ".create_timetable_event_schedule_body_original_entity_type",
    "CreateTimetableEventScheduleIncludeItem": ".create_timetable_event_schedule_include_item",
    "CreateTimetableEventScheduleResponse": ".create_timetable_event_schedule_response",
    "CreateTimetableScheduleDayBody": ".create_timetable_schedule_day_body",
    "CreateTimetableScheduleDayBodyDayOfWeek": ".create_timetable_schedule_day_body_day_of_week",
    "CreateTimetableScheduleDayData": ".create_timetable_schedule_day_data",
    "CreateTimetableScheduleDayDataDayOfWeek": ".create_timetable_schedule_day_data_day_of_week",
    "CreateTimetableScheduleDayDataEventsMaster": ".create_timetable_schedule_day_data_events_master",
    "CreateTimetableScheduleDayDataEventsMasterPositionType0": ".create_timetable_schedule_day_data_events_master_position_type_0",
    "CreateTimetableScheduleDayIncludeItem": ".create_timetable_schedule_day_include_item",
    "CreateTimetableScheduleDayResponse": ".create_timetable_schedule_day_response",
    "CreateTransactionBody": ".create_transaction_body",
    "CreateTransactionResponse": ".create_transaction_response",
    "CreateUserInvitationBody": ".create_user_invitation_body",
    "CreateUserInvitationBodyInvitesItem": ".create_user_invitation_body_invites_item",
    "CreateUserInvitationResponse": ".create_user_invitation_response",
    "Currency": ".currency",
    "CustomField": ".custom_field",
    "CustomFieldType": ".custom_field_type",
    "Daily": ".daily",
    "DailyPayrollDailyItem": ".daily_payroll_daily_item",
    "DailyPayrollDailyItemPayrollSum": ".daily_payroll_daily_item_payroll_sum",
    "Day": ".day",
    "DayEventsMaster": ".day_events_master",
    "DeleteChainLoyaltyProgramInclude": ".delete_chain_loyalty_program_include",
    "DeleteCustomFieldResponse": ".delete_custom_field_response",
    "DeleteImageBody": ".delete_image_body",
    "DeleteLocationAccountPaymentResponse": ".delete_location_account_payment_response",
    "DeleteLoyaltyPaymentTransactionResponse": ".delete_loyalty_payment_transaction_response",
    "DeleteTimetableClientScheduleResponse": ".delete_timetable_client_schedule_response",
    "DeleteTimetableClientScheduleResponseDataType0": ".delete_timetable_client_schedule_response_data_type_0",
    "DeleteTimetableEventScheduleResponse": ".delete_timetable_event_schedule_response",
    "DeleteTimetableEventScheduleResponseDataType0": ".delete_timetable_event_schedule_response_data_type_0",
    "DeleteTimetableScheduleDayResponse": ".delete_timetable_schedule_day_response",
    "DeleteTimetableScheduleDayResponseDataType0": ".delete_timetable_schedule_day_response_data_type_0",
    "DepositsOperation": ".deposits_operation",
    "DepositsOperationDepositsTransactionsItem": ".deposits_operation_deposits_transactions_item",
    "DepositsOperationDepositsTransactionsItemDeposit": ".deposits_operation_deposits_transactions_item_deposit",
    "DepositsOperationDepositsTransactionsItemDepositType": ".deposits_operation_deposits_transactions_item_deposit_type",
    "DepositsOperationDocument": ".deposits_operation_document",
    "DepositsOperationDocumentSalon": ".deposits_operation_document_salon",
    "DepositsOperationDocumentType": ".deposits_operation_document_type",
    "DepositsOperationPaymentTransactionsItem": ".deposits_operation_payment_transactions_item",
    "DepositsOperationPaymentTransactionsItemType": ".deposits_operation_payment_transactions_item_type",
    "DeprecatedCreateTeamMemberBody": ".deprecated_create_team_member_body",
    "DeprecatedCreateTeamMemberResponse": ".deprecated_create_team_member_response",
    "DeprecatedGetClientListItem": ".deprecated_get_client_list_item",
    "DeprecatedGetClientListItemCategoriesItem": ".deprecated_get_client_list_item_categories_item",
    "DeprecatedGetClientListItemCustomFields": ".deprecated_get_client_list_item_custom_fields",
    "DeprecatedGetClientListResponse": ".deprecated_get_client_list_response",
    "DeprecatedGetLocationUsersResponse": ".deprecated_get_location_users_response",
    "DeprecatedGetProductCategoryListResponse": ".deprecated_get_product_category_list_response",
    "DeprecatedGetServiceCategoryListResponse": ".deprecated_get_service_category_list_response",
    "DeprecatedGetServiceListByIdResponse": ".deprecated_get_service_list_by_id_response",
    "DeprecatedUpdateServiceByIdBody": ".deprecated_update_service_by_id_body",
    "DeprecatedUpdateServiceByIdBodyStaffItem": ".deprecated_update_service_by_id_body_staff_item",
    "DeprecatedUpdateServiceByIdResponse": ".deprecated_update_service_by_id_response",
    "Detail": ".detail",
    "DetailItemsItem": ".detail_items_item",
    "DetailKkmTransactionDetailsContainer": ".detail_kkm_transaction_details_container",
    "DetailKkmTransactionDetailsContainerTransactionsItem": ".detail_kkm_transaction_details_container_transactions_item",
    "DetailLoyaltyTransactionsItem": ".detail_loyalty_transactions_item",
    "DetailLoyaltyTransactionsItemType": ".detail_loyalty_transactions_item_type",
    "DetailPaymentTransactionsItem": ".detail_payment_transactions_item",
    "DetailPaymentTransactionsItemAccount": ".detail_payment_transactions_item_account",
    "DetailPaymentTransactionsItemClient": ".detail_payment_transactions_item_client",
    "DetailPaymentTransactionsItemExpense": ".detail_payment_transactions_item_expense",
    "DisableTeamMemberTipsResponse": ".disable_team_member_tips_response",
    "Document": ".document",
    "DocumentStorage": ".document_storage",
    "DocumentType": ".document_type",
    "DuplicateEventBody": ".duplicate_event_body",
    "DurationDetail": ".duration_detail",
    "EnableTeamMemberTipsResponse": ".enable_team_member_tips_response",
    "ErrorMeta": ".error_meta",
    "ErrorMetaErrors": ".error_meta_errors",
    "ErrorResponse": ".error_response",
    "Event": ".event",
    "EventEntityMaster": ".event_entity_master",
    "EventsLabel": ".events_label",
    "EventsResourceInstance": ".events_resource_instance",
    "File": ".file",
    "Filter": ".filter_",
    "FilterCode": ".filter_code",
    "FilterDataItem": ".filter_data_item",
    "FinanceTransaction": ".finance_transaction",
    "FinanceTransactionAccount": ".finance_transaction_account",
    "FinanceTransactionExpense": ".finance_transaction_expense",
    "FinanceTransactionMaster": ".finance_transaction_master",
    "FinanceTransactionSupplier": ".finance_transaction_supplier",
    "FullnessDaily": ".fullness_daily",
    "GenerateCode": ".generate_code",
    "GenerateLoyaltyCodeResponse": ".generate_loyalty_code_response",
    "GetAccountListResponse": ".get_account_list_response",
    "GetAppointmentCalendarSettingsResponse": ".get_appointment_calendar_settings_response",
    "GetAppointmentConsumablesResponse": ".get_appointment_consumables_response",
    "GetAppointmentData": ".get_appointment_data",
    "GetAppointmentDataClientType0": ".get_appointment_data_client_type_0",
    "GetAppointmentDataComerPersonInfoType0": ".get_appointment_data_comer_person_info_type_0",
    "GetAppointmentDataCustomFieldsType0": ".get_appointment_data_custom_fields_type_0",
    "GetAppointmentDataStaff": ".get_appointment_data_staff",
    "GetAppointmentListResponse": ".get_appointment_list_response",
    "GetAppointmentResponse": ".get_appointment_response",
    "GetBillOfMaterialsListResponse": ".get_bill_of_materials_list_response",
    "GetBookingWidgetListResponse": ".get_booking_widget_list_response",
    "GetBookingWidgetResponse": ".get_booking_widget_response",
    "GetChainClientAccountHistoryResponse": ".get_chain_client_account_history_response",
    "GetChainClientByPhoneNumberData": ".get_chain_client_by_phone_number_data",
    "GetChainClientByPhoneNumberDataClientsItem": ".get_chain_client_by_phone_number_data_clients_item",
    "GetChainClientByPhoneNumberResponse": ".get_chain_client_by_phone_number_response",
    "GetChainListResponse": ".get_chain_list_response",
    "GetChainLoyaltyProgramInclude": ".get_chain_loyalty_program_include",
    "GetChainLoyaltyTransactionListItem": ".get_chain_loyalty_transaction_list_item",
    "GetChainLoyaltyTransactionListItemType": ".get_chain_loyalty_transaction_list_item_type",
    "GetChainLoyaltyTransactionListResponse": ".get_chain_loyalty_transaction_list_response",
    "GetChainLoyaltyTransactionListTypesItem": ".get_chain_loyalty_transaction_list_types_item",
    "GetChainServiceCategoryListInclude": ".get_chain_service_category_list_include",
    "GetChainServiceCategoryListItem": ".get_chain_service_category_list_item",
    "GetChainServiceCategoryListItemServicesItem": ".get_chain_service_category_list_item_services_item",
    "GetClientFileListResponse": ".get_client_file_list_response",
    "GetClientGiftCardsResponse": ".get_client_gift_cards_response",
    "GetClientGiftCardsType": ".get_client_gift_cards_type",
    "GetClientGiftCardsTypeItemType": ".get_client_gift_cards_type_item_type",
    "GetClientListBody": ".get_client_list_body",
    "GetClientListBodyFieldsItem": ".get_client_list_body_fields_item",
    "GetClientListBodyFiltersItem": ".get_client_list_body_filters_item",
    "GetClientListBodyFiltersItemState": ".get_client_list_body_filters_item_state",
    "GetClientListBodyOperation": ".get_client_list_body_operation",
    "GetClientListBodyOrderBy": ".get_client_list_body_order_by",
    "GetClientListBodyOrderByDirection": ".get_client_list_body_order_by_direction",
    "GetClientListItem": ".get_client_list_item",
    "GetClientListResponse": ".get_client_list_response",
    "GetClientMembershipActivityHistoryItem": ".get_client_membership_activity_history_item",
    "GetClientMembershipActivityHistoryItemLoyaltyEntityChangesType0": ".get_client_membership_activity_history_item_loyalty_entity_changes_type_0",
    "GetClientMembershipActivityHistoryItemOperationType": ".get_client_membership_activity_history_item_operation_type",
    "GetClientMembershipActivityHistoryResponse": ".get_client_membership_activity_history_response",
    "GetClientMembershipsResponse": ".get_client_memberships_response",
    "GetClientMembershipsType": ".get_client_memberships_type",
    "GetClientMembershipsTypeBalanceContainer": ".get_client_memberships_type_balance_container",
    "GetCommentsResponse": ".get_comments_response",
    "GetCustomFieldListItem": ".get_custom_field_list_item",
    "GetCustomFieldListResponse": ".get_custom_field_list_response",
    "GetDayEndReportDataResponse": ".get_day_end_report_data_response",
    "GetDocumentFinancialTransactionsItem": ".get_document_financial_transactions_item",
    "GetDocumentFinancialTransactionsItemAccount": ".get_document_financial_transactions_item_account",
    "GetDocumentFinancialTransactionsItemExpense": ".get_document_financial_transactions_item_expense",
    "GetDocumentFinancialTransactionsItemMasterItem": ".get_document_financial_transactions_item_master_item",
    "GetDocumentFinancialTransactionsItemSupplierItem": ".get_document_financial_transactions_item_supplier_item",
    "GetDocumentFinancialTransactionsResponse": ".get_document_financial_transactions_response",
    "GetDocumentProductTransactionsItem": ".get_document_product_transactions_item",
    "GetDocumentProductTransactionsResponse": ".get_document_product_transactions_response",
    "GetDocumentResponse": ".get_document_response",
    "GetEventDateRangeResponse": ".get_event_date_range_response",
    "GetEventResponse": ".get_event_response",
    "GetEventSearchFiltersResponse": ".get_event_search_filters_response",
    "GetFinancialTransactionResponse": ".get_financial_transaction_response",
    "GetFiscalTransactionListResponse": ".get_fiscal_transaction_list_response",
    "GetGiftCardTypeListByIdItem": ".get_gift_card_type_list_by_id_item",
    "GetGiftCardTypeListByIdResponse": ".get_gift_card_type_list_by_id_response",
    "GetGiftCardTypeListResponse": ".get_gift_card_type_list_response",
    "GetLocationAnalyticsOverallResponse": ".get_location_analytics_overall_response",
    "GetLocationData": ".get_location_data",
    "GetLocationDataAccess": ".get_location_data_access",
    "GetLocationDataBookformsItem": ".get_location_data_bookforms_item",
    "GetLocationDataGroups": ".get_location_data_groups",
    "GetLocationDataGroupsAdditionalProperty": ".get_location_data_groups_additional_property",
    "GetLocationDataMainGroupType0": ".get_location_data_main_group_type_0",
    "GetLocationDataPaymentPolicy": ".get_location_data_payment_policy",
    "GetLocationDataPaymentPolicyType": ".get_location_data_payment_policy_type",
    "GetLocationDataSocial": ".get_location_data_social",
    "GetLocationInventoriesResponse": ".get_location_inventories_response",
    "GetLocationListIncludeItem": ".get_location_list_include_item",
    "GetLocationListItem": ".get_location_list_item",
    "GetLocationListItemBookingWidgetPromoType0": ".get_location_list_item_booking_widget_promo_type_0",
    "GetLocationListResponse": ".get_location_list_response",
    "GetLocationLoyaltyProgramListItem": ".get_location_loyalty_program_list_item",
    "GetLocationLoyaltyProgramListItemExpirationTimeoutUnit": ".get_location_loyalty_program_list_item_expiration_timeout_unit",
    "GetLocationLoyaltyProgramListItemGoodItemType": ".get_location_loyalty_program_list_item_good_item_type",
    "GetLocationLoyaltyProgramListItemParamsSourceType": ".get_location_loyalty_program_list_item_params_source_type",
    "GetLocationLoyaltyProgramListItemServiceItemType": ".get_location_loyalty_program_list_item_service_item_type",
    "GetLocationLoyaltyProgramListItemType": ".get_location_loyalty_program_list_item_type",
    "GetLocationLoyaltyProgramListItemValueUnit": ".get_location_loyalty_program_list_item_value_unit",
    "GetLocationLoyaltyProgramListResponse": ".get_location_loyalty_program_list_response",
    "GetLocationLoyaltyProgramListType": ".get_location_loyalty_program_list_type",
    "GetLocationNotificationSettingsResponse": ".get_location_notification_settings_response",
    "GetLocationResponse": ".get_location_response",
    "GetLocationUsersItem": ".get_location_users_item",
    "GetLocationUsersResponse": ".get_location_users_response",
    "GetLoyaltyCardTypeListForClientItem": ".get_loyalty_card_type_list_for_client_item",
    "GetLoyaltyCardTypeListForClientItemSalonGroup": ".get_loyalty_card_type_list_for_client_item_salon_group",
    "GetLoyaltyProgramClientStatisticsResponse": ".get_loyalty_program_client_statistics_response",
    "GetLoyaltyProgramRevenueStatisticsResponse": ".get_loyalty_program_revenue_statistics_response",
    "GetLoyaltyProgramTeamMemberStatisticsItem": ".get_loyalty_program_team_member_statistics_item",
    "GetLoyaltyProgramTeamMemberStatisticsItemStaff": ".get_loyalty_program_team_member_statistics_item_staff",
    "GetLoyaltyProgramTeamMemberStatisticsResponse": ".get_loyalty_program_team_member_statistics_response",
    "GetLoyaltyTransactionsByVisitItem": ".get_loyalty_transactions_by_visit_item",
    "GetLoyaltyTransactionsByVisitItemProgram": ".get_loyalty_transactions_by_visit_item_program",
    "GetLoyaltyTransactionsByVisitItemType": ".get_loyalty_transactions_by_visit_item_type",
    "GetMembershipTypeListByIdItem": ".get_membership_type_list_by_id_item",
    "GetMembershipTypeListByIdResponse": ".get_membership_type_list_by_id_response",
    "GetMembershipTypeListResponse": ".get_membership_type_list_response",
    "GetMessageStatusListBodyItem": ".get_message_status_list_body_item",
    "GetOnlineBookingSettingsResponse": ".get_online_booking_settings_response",
    "GetPermissionListData": ".get_permission_list_data",
    "GetPermissionListDataClients": ".get_permission_list_data_clients",
    "GetPermissionListDataComers": ".get_permission_list_data_comers",
    "GetPermissionListDataDashboard": ".get_permission_list_data_dashboard",
    "GetPermissionListDataFinances": ".get_permission_list_data_finances",
    "GetPermissionListDataLoyalty": ".get_permission_list_data_loyalty",
    "GetPermissionListDataNotification": ".get_permission_list_data_notification",
    "GetPermissionListDataOnlineRecord": ".get_permission_list_data_online_record",
    "GetPermissionListDataOther": ".get_permission_list_data_other",
    "GetPermissionListDataRecordForm": ".get_permission_list_data_record_form",
    "GetPermissionListDataReports": ".get_permission_list_data_reports",
    "GetPermissionListDataSecurity": ".get_permission_list_data_security",
    "GetPermissionListDataSettings": ".get_permission_list_data_settings",
    "GetPermissionListDataStorages": ".get_permission_list_data_storages",
    "GetPermissionListDataTimetable": ".get_permission_list_data_timetable",
    "GetPermissionListResponse": ".get_permission_list_response",
    "GetPositionListResponse": ".get_position_list_response",
    "GetPositionListResponseDataType0ItemType0": ".get_position_list_response_data_type_0_item_type_0",
    "GetProductCategoryCompositionResponse": ".get_product_category_composition_response",
    "GetProductCategoryListByIdsResponse": ".get_product_category_list_by_ids_response",
    "GetProductCategoryListResponse": ".get_product_category_list_response",
    "GetProductResponse": ".get_product_response",
    "GetProductsListItem": ".get_products_list_item",
    "GetProductsListResponse": ".get_products_list_response",
    "GetResourceListResponse": ".get_resource_list_response",
    "GetSaleTransactionResponse": ".get_sale_transaction_response",
    "GetServiceCategoryListResponse": ".get_service_category_list_response",
    "GetServiceCategoryResponse": ".get_service_category_response",
    "GetServiceData": ".get_service_data",
    "GetServiceDataStaffItem": ".get_service_data_staff_item",
    "GetServiceListItem": ".get_service_list_item",
    "GetServiceListResponse": ".get_service_list_response",
    "GetServiceResponse": ".get_service_response",
    "GetTagListByEntityEntity": ".get_tag_list_by_entity_entity",
    "GetTagListByEntityItem": ".get_tag_list_by_entity_item",
    "GetTagListByEntityResponse": ".get_tag_list_by_entity_response",
    "GetTaxSystemListResponse": ".get_tax_system_list_response",
    "GetTeamMemberByIdItem": ".get_team_member_by_id_item",
    "GetTeamMemberByIdItemImageGroupType0": ".get_team_member_by_id_item_image_group_type_0",
    "GetTeamMemberByIdItemPositionType0": ".get_team_member_by_id_item_position_type_0",
    "GetTeamMemberByIdResponse": ".get_team_member_by_id_response",
    "GetTeamMemberCalculationSchemesCountResponse": ".get_team_member_calculation_schemes_count_response",
    "GetTeamMemberData": ".get_team_member_data",
    "GetTeamMemberDataPositionType0": ".get_team_member_data_position_type_0",
    "GetTeamMemberListItem": ".get_team_member_list_item",
    "GetTeamMemberListItemImageGroupItem": ".get_team_member_list_item_image_group_item",
    "GetTeamMemberListItemPositionType0": ".get_team_member_list_item_position_type_0",
    "GetTeamMemberListItemUserItem": ".get_team_member_list_item_user_item",
    "GetTeamMemberListResponse": ".get_team_member_list_response",
    "GetTeamMemberPayrollCalculationResponse": ".get_team_member_payroll_calculation_response",
    "GetTeamMemberPayrollCalculationResponseDataType0": ".get_team_member_payroll_calculation_response_data_type_0",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItem": ".get_team_member_payroll_calculation_response_data_type_0_salary_items_item",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemPaidType0": ".get_team_member_payroll_calculation_response_data_type_0_salary_items_item_paid_type_0",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemSalaryCalculationInfo": ".get_team_member_payroll_calculation_response_data_type_0_salary_items_item_salary_calculation_info",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemSalaryDiscrepancyType0": ".get_team_member_payroll_calculation_response_data_type_0_salary_items_item_salary_discrepancy_type_0",
    "GetTeamMemberPayrollCalculationResponseDataType0Status": ".get_team_member_payroll_calculation_response_data_type_0_status",
    "GetTeamMemberResponse": ".get_team_member_response",
    "GetTeamMemberSalaryCalculationResponse": ".get_team_member_salary_calculation_response",
    "GetTeamMemberSalaryPeriodResponse": ".get_team_member_salary_period_response",
    "GetTeamMemberSalaryPeriodResponseDataType0": ".get_team_member_salary_period_response_data_type_0",
    "GetTeamMemberSalarySchemesResponse": ".get_team_member_salary_schemes_response",
    "GetTeamMemberScheduleData": ".get_team_member_schedule_data",
    "GetTeamMemberScheduleDataSlotsItem": ".get_team_member_schedule_data_slots_item",
    "GetTeamMemberScheduleListIncludeItem": ".get_team_member_schedule_list_include_item",
    "GetTeamMemberScheduleListItem": ".get_team_member_schedule_list_item",
    "GetTeamMemberScheduleListItemBusyIntervalsItem": ".get_team_member_schedule_list_item_busy_intervals_item",
    "GetTeamMemberScheduleListItemSlotsItem": ".get_team_member_schedule_list_item_slots_item",
    "GetTeamMemberScheduleListResponse": ".get_team_member_schedule_list_response",
    "GetTeamMemberServiceBillOfMaterialsResponse": ".get_team_member_service_bill_of_materials_response",
    "GetTeamMemberTipSettingsResponse": ".get_team_member_tip_settings_response",
    "GetTeamMemberTipSettingsStaff": ".get_team_member_tip_settings_staff",
    "GetTeamMemberTipSettingsStaffEmployee": ".get_team_member_tip_settings_staff_employee",
    "GetTeamMemberTipSettingsStaffPosition": ".get_team_member_tip_settings_staff_position",
    "GetTeamMemberTipSettingsStaffUser": ".get_team_member_tip_settings_staff_user",
    "GetTimeslotSettingsResponse": ".get_timeslot_settings_response",
    "GetTransactionResponse": ".get_transaction_response",
    "GetTransactionsByVisitOrAppointmentIdResponse": ".get_transactions_by_visit_or_appointment_id_response",
    "GetTransactionsResponse": ".get_transactions_response",
    "GetUserGiftCardsResponse": ".get_user_gift_cards_response",
    "GetUserMembershipsResponse": ".get_user_memberships_response",
    "GetUserNotificationSettingsData": ".get_user_notification_settings_data",
    "GetUserNotificationSettingsDataMode": ".get_user_notification_settings_data_mode",
    "GetUserNotificationSettingsDataNotificationTypesItem": ".get_user_notification_settings_data_notification_types_item",
    "GetUserNotificationSettingsDataNotificationTypesItemChannels": ".get_user_notification_settings_data_notification_types_item_channels",
    "GetUserNotificationSettingsResponse": ".get_user_notification_settings_response",
    "GetUserPermissionsResponse": ".get_user_permissions_response",
    "GetUserRolesIncludeItem": ".get_user_roles_include_item",
    "GetUserRolesResponse": ".get_user_roles_response",
    "GetVisitData": ".get_visit_data",
    "GetVisitDataRecordsItem": ".get_visit_data_records_item",
    "GetVisitDataRecordsItemClient": ".get_visit_data_records_item_client",
    "GetVisitDataRecordsItemStaff": ".get_visit_data_records_item_staff",
    "GetVisitDetailsResponse": ".get_visit_details_response",
    "GetVisitResponse": ".get_visit_response",
    "Good": ".good",
    "GoodActualAmountsItem": ".good_actual_amounts_item",
    "GoodLoyaltyCertificateTypeType0": ".good_loyalty_certificate_type_type_0",
    "GoodsCategory": ".goods_category",
    "GoodsTransaction": ".goods_transaction",
    "GoodsTransactionClientType0Item": ".goods_transaction_client_type_0_item",
    "GoodsTransactionClientType1": ".goods_transaction_client_type_1",
    "GoodsTransactionGoodsMarksItem": ".goods_transaction_goods_marks_item",
    "GoodsTransactionMasterType0Item": ".goods_transaction_master_type_0_item",
    "GoodsTransactionMasterType1": ".goods_transaction_master_type_1",
    "GoodsTransactionSaleUnitType0": ".goods_transaction_sale_unit_type_0",
    "GoodsTransactionServiceUnitType0": ".goods_transaction_service_unit_type_0",
    "GoodsTransactionStorage": ".goods_transaction_storage",
    "GoodsTransactionSupplierItem": ".goods_transaction_supplier_item",
    "GoodsTransactionType": ".goods_transaction_type",
    "Group": ".group",
    "GroupAccess": ".group_access",
    "GroupCompaniesItem": ".group_companies_item",
    "HandleFiscalizationCallbackBody": ".handle_fiscalization_callback_body",
    "History": ".history",
    "HistoryDepositTransaction": ".history_deposit_transaction",
    "HistoryDepositTransactionType": ".history_deposit_transaction_type",
    "Image": ".image",
    "Income": ".income",
    "IncomeAverageServicesStat": ".income_average_services_stat",
    "IncomeAverageServicesStatCurrency": ".income_average_services_stat_currency",
    "IncomeIncomeStats": ".income_income_stats",
    "IncomeIncomeStatsByDayItem": ".income_income_stats_by_day_item",
    "IncomeIncomeStatsNew": ".income_income_stats_new",
    "IncomeIncomeStatsOld": ".income_income_stats_old",
    "IncomeIncomeStatsTotal": ".income_income_stats_total",
    "IssueLoyaltyCardBody": ".issue_loyalty_card_body",
    "Item": ".item",
    "KkmTransaction": ".kkm_transaction",
    "KkmTransactionCashier": ".kkm_transaction_cashier",
    "KkmTransactionDocument": ".kkm_transaction_document",
    "KkmTransactionStatus": ".kkm_transaction_status",
    "KkmTransactionType": ".kkm_transaction_type",
    "Label": ".label",
    "LeaveCommentBody": ".leave_comment_body",
    "LeaveCommentResponse": ".leave_comment_response",
    "License": ".license_",
    "LicenseLicenseOption": ".license_license_option",
    "LicenseOptionsItem": ".license_options_item",
    "ListClientCommentsItem": ".list_client_comments_item",
    "ListClientCommentsItemFilesItem": ".list_client_comments_item_files_item",
    "ListClientCommentsItemType": ".list_client_comments_item_type",
    "ListClientCommentsItemUserType0": ".list_client_comments_item_user_type_0",
    "ListClientCommentsResponse": ".list_client_comments_response",
    "ListRolesIncludeItem": ".list_roles_include_item",
    "ListRolesResponse": ".list_roles_response",
    "ListTimetableScheduleDayEventsItem": ".list_timetable_schedule_day_events_item",
    "ListTimetableScheduleDayEventsItemEntityLabelsItem": ".list_timetable_schedule_day_events_item_entity_labels_item",
    "ListTimetableScheduleDayEventsItemEntityMaster": ".list_timetable_schedule_day_events_item_entity_master",
    "ListTimetableScheduleDayEventsItemEntityMasterPositionType0": ".list_timetable_schedule_day_events_item_entity_master_position_type_0",
    "ListTimetableScheduleDayEventsItemEntityResourceInstancesItem": ".list_timetable_schedule_day_events_item_entity_resource_instances_item",
    "ListTimetableScheduleDayEventsItemEventEntityType": ".list_timetable_schedule_day_events_item_event_entity_type",
    "ListTimetableScheduleDayEventsItemEventStatus": ".list_timetable_schedule_day_events_item_event_status",
    "ListTimetableScheduleDayEventsResponse": ".list_timetable_schedule_day_events_response",
    "LoyaltyTransaction": ".loyalty_transaction",
    "LoyaltyTransactionType": ".loyalty_transaction_type",
    "ManualTransaction": ".manual_transaction",
    "MetaInfo": ".meta_info",
    "NotificationType": ".notification_type",
    "NotificationTypeChannels": ".notification_type_channels",
    "OnChangedNotificationTemplate": ".on_changed_notification_template",
    "OnChangedNotificationTemplateMessageType": ".on_changed_notification_template_message_type",
    "OnChangedNotificationTemplateType": ".on_changed_notification_template_type",
    "Online": ".online",
    "Operation": ".operation",
    "OperationDocument": ".operation_document",
    "OperationDocumentCompany": ".operation_document_company",
    "OperationDocumentStorage": ".operation_document_storage",
    "OperationDocumentType": ".operation_document_type",
    "OperationTransactionsItem": ".operation_transactions_item",
    "OperationTransactionsItemGood": ".operation_transactions_item_good",
    "OperationTransactionsItemStorage": ".operation_transactions_item_storage",
    "OperationTransactionsItemType": ".operation_transactions_item_type",
    "OperationTransactionsItemUnit": ".operation_transactions_item_unit",
    "Overall": ".overall",
    "OverallClientStats": ".overall_client_stats",
    "OverallFullnessStats": ".overall_fullness_stats",
    "OverallRecordStats": ".overall_record_stats",
    "PatchServiceBody": ".patch_service_body",
    "PatchServiceBodyStaffItem": ".patch_service_body_staff_item",
    "PatchServiceData": ".patch_service_data",
    "PatchServiceDataDatesItem": ".patch_service_data_dates_item",
    "PatchServiceDataImageGroupItem": ".patch_service_data_image_group_item",
    "PatchServiceDataResourcesItem": ".patch_service_data_resources_item",
    "PatchServiceDataStaffItem": ".patch_service_data_staff_item",
    "PatchServiceResponse": ".patch_service_response",
    "PaymentMethod": ".payment_method",
    "PaymentMethodAccount": ".payment_method_account",
    "Permission": ".permission",
    "PermissionUserPermissionsItem": ".permission_user_permissions_item",
    "PermissionUserRole": ".permission_user_role",
    "PrintDocumentBill": ".print_document_bill",
    "PrintDocumentBillBillJsonItem": ".print_document_bill_bill_json_item",
    "PrintDocumentBillKkmTransactionsItem": ".print_document_bill_kkm_transactions_item",
    "PrintDocumentBillKkmTransactionsItemCashier": ".print_document_bill_kkm_transactions_item_cashier",
    "PrintDocumentBillKkmTransactionsItemDocument": ".print_document_bill_kkm_transactions_item_document",
    "PrintDocumentBillKkmTransactionsItemStatus": ".print_document_bill_kkm_transactions_item_status",
    "PrintDocumentBillKkmTransactionsItemType": ".print_document_bill_kkm_transactions_item_type",
    "PrintFiscalReceiptBody": ".print_fiscal_receipt_body",
    "PrintFiscalReceiptResponse": ".print_fiscal_receipt_response",
    "Program": ".program",
    "ProgramLoyaltyType": ".program_loyalty_type",
    "Quick": ".quick",
    "QuickServicesBindingType": ".quick_services_binding_type",
    "Record": ".record",
    "RecordClientType0": ".record_client_type_0",
    "RecordConsumable": ".record_consumable",
    "RecordConsumableConsumablesItem": ".record_consumable_consumables_item",
    "RecordConsumableTechnologicalCardsItem": ".record_consumable_technological_cards_item",
    "RecordCustomFieldsType0": ".record_custom_fields_type_0",
    "RecordSource": ".record_source",
    "RecordStaff": ".record_staff",
    "RemoveServiceFromTeamMemberResponse": ".remove_service_from_team_member_response",
    "RemoveServiceFromTeamMemberResponseDataType0": ".remove_service_from_team_member_response_data_type_0",
    "RemoveUserFromLocationsBody": ".remove_user_from_locations_body",
    "RemoveUserFromLocationsBodyUserCompanyLinksItem": ".remove_user_from_locations_body_user_company_links_item",
    "RemoveUserFromLocationsResponse": ".remove_user_from_locations_response",
    "RemoveUserFromLocationsResponseDataType0": ".remove_user_from_locations_response_data_type_0",
    "Resource": ".resource",
    "ResourceInstance": ".resource_instance",
    "ResourceInstancesItem": ".resource_instances_item",
    "Role": ".role",
    "RoleSlug": ".role_slug",
    "RoleUserPermissionsType0Item": ".role_user_permissions_type_0_item",
    "Rule": ".rule",
    "SalaryScheme": ".salary_scheme",
    "SalarySchemeSalaryScheme": ".salary_scheme_salary_scheme",
    "SalarySchemesCount": ".salary_schemes_count",
    "Sale": ".sale",
    "SaleKkmState": ".sale_kkm_state",
    "SaleKkmStateTransactionsItem": ".sale_kkm_state_transactions_item",
    "Schedule": ".schedule",
    "ScheduleOriginalEntityType": ".schedule_original_entity_type",
    "ScheduleTeamMemberUpdateDeprecatedBodyItem": ".schedule_team_member_update_deprecated_body_item",
    "ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem": ".schedule_team_member_update_deprecated_body_item_slots_item",
    "Seance": ".seance",
    "SearchClientVisitsBody": ".search_client_visits_body",
    "SearchClientVisitsBodyAttendanceType0": ".search_client_visits_body_attendance_type_0",
    "SearchClientVisitsBodyPaymentStatusesItem": ".search_client_visits_body_payment_statuses_item",
    "SearchClientVisitsData": ".search_client_visits_data",
    "SearchClientVisitsDataGoodsTransactionsItem": ".search_client_visits_data_goods_transactions_item",
    "SearchClientVisitsDataGoodsTransactionsItemCompany": ".search_client_visits_data_goods_transactions_item_company",
    "SearchClientVisitsDataGoodsTransactionsItemStaff": ".search_client_visits_data_goods_transactions_item_staff",
    "SearchClientVisitsDataRecordsItem": ".search_client_visits_data_records_item",
    "SearchClientVisitsDataRecordsItemComer": ".search_client_visits_data_records_item_comer",
    "SearchClientVisitsDataRecordsItemCompany": ".search_client_visits_data_records_item_company",
    "SearchClientVisitsDataRecordsItemStaff": ".search_client_visits_data_records_item_staff",
    "SearchClientVisitsDataRecordsItemTips": ".search_client_visits_data_records_item_tips",
    "SearchClientVisitsResponse": ".search_client_visits_response",
    "SearchDatesRange": ".search_dates_range",
    "SearchEventServicesItem": ".search_event_services_item",
    "SearchEventServicesItemCategory": ".search_event_services_item_category",
    "SearchEventServicesItemResourcesItem": ".search_event_services_item_resources_item",
    "SearchEventServicesItemStaffItem": ".search_event_services_item_staff_item",
    "SearchEventServicesResponse": ".search_event_services_response",
    "SearchEventsItem": ".search_events_item",
    "SearchEventsItemLabelsItem": ".search_events_item_labels_item",
    "SearchEventsItemResourceInstancesItem": ".search_events_item_resource_instances_item",
    "SearchEventsItemService": ".search_events_item_service",
    "SearchEventsItemServiceCategory": ".search_events_item_service_category",
    "SearchEventsItemStaff": ".search_events_item_staff",
    "SearchEventsItemStaffPosition": ".search_events_item_staff_position",
    "SearchEventsResponse": ".search_events_response",
    "SearchForProductTransactionsItem": ".search_for_product_transactions_item",
    "SearchForProductTransactionsItemGood": ".search_for_product_transactions_item_good",
    "SearchForProductTransactionsItemMaster": ".search_for_product_transactions_item_master",
    "SearchForProductTransactionsItemService": ".search_for_product_transactions_item_service",
    "SearchForProductTransactionsItemStorage": ".search_for_product_transactions_item_storage",
    "SearchForProductTransactionsItemSupplier": ".search_for_product_transactions_item_supplier",
    "SearchForProductTransactionsItemUnit": ".search_for_product_transactions_item_unit",
    "SearchForProductTransactionsResponse": ".search_for_product_transactions_response",
    "SearchMembershipsForEventData": ".search_memberships_for_event_data",
    "SearchMembershipsForEventDataDataItem": ".search_memberships_for_event_data_data_item",
    "SearchMembershipsForEventDataDataItemAttributes": ".search_memberships_for_event_data_data_item_attributes",
    "SearchMembershipsForEventDataDataItemRelationships": ".search_memberships_for_event_data_data_item_relationships",
    "SearchMembershipsForEventDataIncludedItem": ".search_memberships_for_event_data_included_item",
    "SearchProductItem": ".search_product_item",
    "SearchProductResponse": ".search_product_response",
    "SearchTeamMemberCalculationDailySalaryResponse": ".search_team_member_calculation_daily_salary_response",
    "SearchTeamMemberCalculationSalaryData": ".search_team_member_calculation_salary_data",
    "SearchTeamMemberCalculationSalaryResponse": ".search_team_member_calculation_salary_response",
    "SearchTeamMemberPayrollCalculationItem": ".search_team_member_payroll_calculation_item",
    "SearchTeamMemberPayrollCalculationItemCurrency": ".search_team_member_payroll_calculation_item_currency",
    "SearchTeamMemberPayrollCalculationResponse": ".search_team_member_payroll_calculation_response",
    "SearchTeamMemberPeriodDailySalaryData": ".search_team_member_period_daily_salary_data",
    "SearchTeamMemberPeriodDailySalaryDataPeriodCalculationDailyItem": ".search_team_member_period_daily_salary_data_period_calculation_daily_item",
    "SearchTeamMemberPeriodDailySalaryDataPeriodCalculationDailyItemPeriodCalculation": ".search_team_member_period_daily_salary_data_period_calculation_daily_item_period_calculation",
    "SearchTeamMemberPeriodDailySalaryResponse": ".search_team_member_period_daily_salary_response",
    "SearchTeamMemberPeriodSalaryResponse": ".search_team_member_period_salary_response",
    "SearchTimetableEventSchedulesByEventEntityType": ".search_timetable_event_schedules_by_event_entity_type",
    "SearchTimetableEventSchedulesByEventIncludeItem": ".search_timetable_event_schedules_by_event_include_item",
    "SearchTimetableEventSchedulesByEventResponse": ".search_timetable_event_schedules_by_event_response",
    "SendEmailCampaignToFilteredClientsBody": ".send_email_campaign_to_filtered_clients_body",
    "SendEmailCampaignToFilteredClientsResponse": ".send_email_campaign_to_filtered_clients_response",
    "SendEmailNewsletterToClientsBody": ".send_email_newsletter_to_clients_body",
    "SendEmailNewsletterToClientsResponse": ".send_email_newsletter_to_clients_response",
    "SendSmsCampaignToFilteredClientsBody": ".send_sms_campaign_to_filtered_clients_body",
    "SendSmsCampaignToFilteredClientsResponse": ".send_sms_campaign_to_filtered_clients_response",
    "SendSmsToClientsBody": ".send_sms_to_clients_body",
    "SendSmsToClientsResponse": ".send_sms_to_clients_response",
    "Service": ".service",
    "ServiceCategory": ".service_category",
    "SetBalance": ".set_balance",
    "SetBalanceBalanceContainer": ".set_balance_balance_container",
    "SetPeriod": ".set_period",
    "SetTeamMemberScheduleBody": ".set_team_member_schedule_body",
    "SetTeamMemberScheduleBodySchedulesToDeleteItem": ".set_team_member_schedule_body_schedules_to_delete_item",
    "SetTeamMemberScheduleBodySchedulesToSetItem": ".set_team_member_schedule_body_schedules_to_set_item",
    "SetTeamMemberScheduleItem": ".set_team_member_schedule_item",
    "SetTeamMemberScheduleItemSlotsItem": ".set_team_member_schedule_item_slots_item",
    "SetTeamMemberScheduleResponse": ".set_team_member_schedule_response",
    "Setting": ".setting",
    "Staff": ".staff",
    "State": ".state",
    "StateItemsItem": ".state_items_item",
    "StateLoyaltyTransactionsItem": ".state_loyalty_transactions_item",
    "StatePaymentTransactionsItem": ".state_payment_transactions_item",
    "Status": ".status",
    "Storage": ".storage",
    "TaxSystem": ".tax_system",
    "TaxSystemVatsItem": ".tax_system_vats_item",
    "TechnologicalCard": ".technological_card",
    "TechnologicalCardTechnologicalCardItemsItem": ".technological_card_technological_card_items_item",
    "Timeslot": ".timeslot",
    "TimeslotDatesSettingsItem": ".timeslot_dates_settings_item",
    "TimeslotDatesSettingsItemSetting": ".timeslot_dates_settings_item_setting",
    "TimeslotWeekdaysSettingsItem": ".timeslot_weekdays_settings_item",
    "TimeslotWeekdaysSettingsItemSetting": ".timeslot_weekdays_settings_item_setting",
    "Timetable": ".timetable",
    "TotalSum": ".total_sum",
    "Type": ".type_",
    "Unit": ".unit",
    "UnlinkAppointmentServiceAssociationBody": ".unlink_appointment_service_association_body",
    "UnlinkAppointmentServiceAssociationResponse": ".unlink_appointment_service_association_response",
    "UpdateAppointmentAttendanceBody": ".update_appointment_attendance_body",
    "UpdateAppointmentAttendanceBodyAttendance": ".update_appointment_attendance_body_attendance",
    "UpdateAppointmentAttendanceResponse": ".update_appointment_attendance_response",
    "UpdateAppointmentBodyType0": ".update_appointment_body_type_0",
    "UpdateAppointmentBodyType0ActivityId": ".update_appointment_body_type_0_activity_id",
    "UpdateAppointmentBodyType1": ".update_appointment_body_type_1",
    "UpdateAppointmentCalendarSettingsBody": ".update_appointment_calendar_settings_body",
    "UpdateAppointmentCalendarSettingsResponse": ".update_appointment_calendar_settings_response",
    "UpdateAppointmentData": ".update_appointment_data",
    "UpdateAppointmentDataClient": ".update_appointment_data_client",
    "UpdateAppointmentDataDocumentsItem": ".update_appointment_data_documents_item",
    "UpdateAppointmentDataServicesItem": ".update_appointment_data_services_item",
    "UpdateAppointmentDataStaff": ".update_appointment_data_staff",
    "UpdateAppointmentResponse": ".update_appointment_response",
    "UpdateAppointmentServiceConsumablesBody": ".update_appointment_service_consumables_body",
    "UpdateAppointmentServiceConsumablesBodyConsumablesItem": ".update_appointment_service_consumables_body_consumables_item",
    "UpdateAppointmentServiceConsumablesResponse": ".update_appointment_service_consumables_response",
    "UpdateBookingWidgetBody": ".update_booking_widget_body",
    "UpdateBookingWidgetBodyButtonPosition": ".update_booking_widget_body_button_position",
    "UpdateBookingWidgetBodyFormPosition": ".update_booking_widget_body_form_position",
    "UpdateBookingWidgetResponse": ".update_booking_widget_response",
    "UpdateChainLoyaltyProgramBody": ".update_chain_loyalty_program_body",
    "UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit": ".update_chain_loyalty_program_body_expiration_timeout_unit",
    "UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate": ".update_chain_loyalty_program_body_on_changed_notification_template",
    "UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType": ".update_chain_loyalty_program_body_on_changed_notification_template_type",
    "UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate": ".update_chain_loyalty_program_body_on_expiration_notification_template",
    "UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType": ".update_chain_loyalty_program_body_on_expiration_notification_template_type",
    "UpdateChainLoyaltyProgramBodyRulesItem": ".update_chain_loyalty_program_body_rules_item",
    "UpdateChainLoyaltyProgramInclude": ".update_chain_loyalty_program_include",
    "UpdateClientBody": ".update_client_body",
    "UpdateClientBodyCustomFields": ".update_client_body_custom_fields",
    "UpdateClientBodyLabels": ".update_client_body_labels",
    "UpdateCustomFieldBody": ".update_custom_field_body",
    "UpdateCustomFieldResponse": ".update_custom_field_response",
    "UpdateDocumentBody": ".update_document_body",
    "UpdateDocumentResponse": ".update_document_response",
    "UpdateEventBody": ".update_event_body",
    "UpdateEventDuplicationStrategyBody": ".update_event_duplication_strategy_body",
    "UpdateEventDuplicationStrategyBodyDaysItem": ".update_event_duplication_strategy_body_days_item",
    "UpdateEventResponse": ".update_event_response",
    "UpdateFinancialTransactionBody": ".update_financial_transaction_body",
    "UpdateFinancialTransactionResponse": ".update_financial_transaction_response",
    "UpdateLocationBody": ".update_location_body",
    "UpdateLocationBodySocial": ".update_location_body_social",
    "UpdateLocationData": ".update_location_data",
    "UpdateLocationDataAccess": ".update_location_data_access",
    "UpdateLocationDataMainGroupType0": ".update_location_data_main_group_type_0",
    "UpdateLocationDataSocial": ".update_location_data_social",
    "UpdateLocationResponse": ".update_location_response",
    "UpdateOnlineBookingSettingsBody": ".update_online_booking_settings_body",
    "UpdateOnlineBookingSettingsResponse": ".update_online_booking_settings_response",
    "UpdateProductBody": ".update_product_body",
    "UpdateProductBodyCorrectionRulesItem": ".update_product_body_correction_rules_item",
    "UpdateProductCategoryBody": ".update_product_category_body",
    "UpdateProductCategoryResponse": ".update_product_category_response",
    "UpdateProductResponse": ".update_product_response",
    "UpdateServiceCategoryBody": ".update_service_category_body",
    "UpdateServiceCategoryResponse": ".update_service_category_response",
    "UpdateServiceLinksBody": ".update_service_links_body",
    "UpdateServiceLinksBodyTeamMemberSettingsItem": ".update_service_links_body_team_member_settings_item",
    "UpdateServiceLinksBodyTranslationsItem": ".update_service_links_body_translations_item",
    "UpdateServiceLinksResponse": ".update_service_links_response",
    "UpdateServiceLinksResponseDataType0": ".update_service_links_response_data_type_0",
    "UpdateServiceTeamMemberAssignmentBody": ".update_service_team_member_assignment_body",
    "UpdateServiceTeamMemberAssignmentResponse": ".update_service_team_member_assignment_response",
    "UpdateTagByTagIdBody": ".update_tag_by_tag_id_body",
    "UpdateTeamMemberBody": ".update_team_member_body",
    "UpdateTeamMemberResponse": ".update_team_member_response",
    "UpdateTeamMemberScheduleBody": ".update_team_member_schedule_body",
    "UpdateTeamMemberScheduleBodySlots": ".update_team_member_schedule_body_slots",
    "UpdateTimetableClientScheduleBody": ".update_timetable_client_schedule_body",
    "UpdateTimetableClientScheduleResponse": ".update_timetable_client_schedule_response",
    "UpdateTimetableEventScheduleBody": ".update_timetable_event_schedule_body",
    "UpdateTimetableEventScheduleResponse": ".update_timetable_event_schedule_response",
    "UpdateTimetableScheduleDayBody": ".update_timetable_schedule_day_body",
    "UpdateTimetableScheduleDayIncludeItem": ".update_timetable_schedule_day_include_item",
    "UpdateTimetableScheduleDayResponse": ".update_timetable_schedule_day_response",
    "UpdateTransactionBody": ".update_transaction_body",
    "UpdateTransactionResponse": ".update_transaction_response",
    "UpdateUserNotificationSettingsBody": ".update_user_notification_settings_body",
    "UpdateUserNotificationSettingsBodyNotificationTypesItem": ".update_user_notification_settings_body_notification_types_item",
    "UpdateUserNotificationSettingsBodyNotificationTypesItemChannels": ".update_user_notification_settings_body_notification_types_item_channels",
    "UpdateUserNotificationSettingsResponse": ".update_user_notification_settings_response",
    "UpdateUserPermissionsBody": ".update_user_permissions_body",
    "UpdateUserPermissionsBodyUserPermissionsItem": ".update_user_permissions_body_user_permissions_item",
    "UpdateUserPermissionsBodyUserRole": ".update_user_permissions_body_user_role",
    "UpdateUserPermissionsResponse": ".update_user_permissions_response",
    "UpdateVisitBody": ".update_visit_body",
    "UpdateVisitBodyDeletedTransactionIdsItem": ".update_visit_body_deleted_transaction_ids_item",
    "UpdateVisitBodyGoodsTransactionsItem": ".update_visit_body_goods_transactions_item",
    "UpdateVisitBodyNewTransactionsItem": ".update_visit_body_new_transactions_item",
    "UpdateVisitBodyServicesItem": ".update_visit_body_services_item",
    "UploadClientFileBody": ".upload_client_file_body",
    "UploadClientFileResponse": ".upload_client_file_response",
    "UploadImageBody": ".upload_image_body",
    "UploadImageData": ".upload_image_data",
    "UploadImageDataImageGroup": ".upload_image_data_image_group",
    "UploadImageDataImageGroupImageGroup": ".upload_image_data_image_group_image_group",
    "User": ".user",
    "Visit": ".visit",
    "VisitClientStats": ".visit_client_stats",
    "VisitVisitsStatsByDayItem": ".visit_visits_stats_by_day_item",
    "ZReport": ".z_report",
    "ZReportPaids": ".z_report_paids",
    "ZReportPaidsAccountsItem": ".z_report_paids_accounts_item",
    "ZReportPaidsDiscountItem": ".z_report_paids_discount_item",
    "ZReportPaidsTotal": ".z_report_paids_total",
    "ZReportStats": ".z_report_stats",
    "ZReportZData": ".z_report_z_data",
    "ZReportZData1481101200Item": ".z_report_z_data_1481101200_item",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_MODULE_OF))


__all__ = (
    "Abonement",
    "AbonementBalanceContainer",
    "AbonementType",
    "AbonementTypeAvailabilityItem",
    "AbonementTypeBalanceContainer",
    "AbonementTypeBalanceContainerLinksItem",
    "AbonementTypeCategoryType0",
    "Account",
    "Activity",
    "ActivityLabelsItem",
    "ApplicableItem",
    "ApplyCardWithdrawal",
    "ApplyCardWithdrawalKkmTransactionDetailsContainer",
    "ApplyCardWithdrawalKkmTransactionDetailsContainerTransactionsItem",
    "ApplyCardWithdrawalPaymentTransactionsItem",
    "ApplyDiscountPromotionBody",
    "ApplyLoyaltyCardDeductionBody",
    "ApplyReferralProgramBody",
    "AssignServiceToTeamMemberBody",
    "AssignServiceToTeamMemberData",
    "AssignServiceToTeamMemberResponse",
    "Attendance",
    "AttendanceAttendance",
    "AttendanceRecordsType0",
    "AttendanceRecordsType0AdditionalProperty",
    "Auth",
    "AuthorizeUserBody",
    "AuthorizeUserResponse",
    "BookingForm",
    "BookingFormHeaderImagesType0",
    "BulkCreateClientsBody",
    "BulkCreateClientsBodyCategories",
    "CancelCardWithdrawal",
    "CancelCardWithdrawalKkmTransactionDetailsContainer",
    "CancelCardWithdrawalKkmTransactionDetailsContainerTransactionsItem",
    "CancelCardWithdrawalLoyaltyTransactionsItem",
    "CancelCardWithdrawalPaymentTransactionsItem",
    "CancelDiscountPromotionBody",
    "CancelLoyaltyCardWithdrawalBody",
    "Card",
    "CardSalonGroup",
    "CardType",
    "CategoryNode",
    "CategoryNodeChildrenItem",
    "Certificate",
    "CertificateStatus",
    "CertificateType",
    "CertificateTypeItemType",
    "ChainLoyaltyCertificateTypesCreateBody",
    "ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyExpiration",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyItemTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyOnlineSale",
    "ChainLoyaltyCertificateTypesCreateResponse",
    "ChainLoyaltyCertificateTypesDeleteResponse",
    "ChainLoyaltyCertificateTypesGetResponse",
    "ChainLoyaltyCertificateTypesListResponse",
    "ChainLoyaltyCertificateTypesUpdateBody",
    "ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyExpiration",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyItemTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyOnlineSale",
    "ChainLoyaltyCertificateTypesUpdateData",
    "ChainLoyaltyCertificateTypesUpdateDataItemType",
    "ChainLoyaltyCertificateTypesUpdateResponse",
    "ChainLoyaltyMembershipsFreezeBody",
    "ChainLoyaltyMembershipsFreezeData",
    "ChainLoyaltyMembershipsFreezeResponse",
    "ChainLoyaltyMembershipsSetBalanceBody",
    "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem",
    "ChainLoyaltyMembershipsSetBalanceResponse",
    "ChainLoyaltyMembershipsSetPeriodBody",
    "ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId",
    "ChainLoyaltyMembershipsSetPeriodResponse",
    "ChainLoyaltyMembershipsUnfreezeBody",
    "ChainLoyaltyMembershipsUnfreezeData",
    "ChainLoyaltyMembershipsUnfreezeResponse",
    "ChainLoyaltyMembershipTypesArchiveBody",
    "ChainLoyaltyMembershipTypesCloneBody",
    "ChainLoyaltyMembershipTypesCloneResponse",
    "ChainLoyaltyMembershipTypesCreateBody",
    "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem",
    "ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId",
    "ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId",
    "ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyServiceCategories",
    "ChainLoyaltyMembershipTypesCreateBodyServices",
    "ChainLoyaltyMembershipTypesCreateResponse",
    "ChainLoyaltyMembershipTypesDeleteResponse",
    "ChainLoyaltyMembershipTypesListItem",
    "ChainLoyaltyMembershipTypesListItemAvailabilityItem",
    "ChainLoyaltyMembershipTypesListItemBalanceContainer",
    "ChainLoyaltyMembershipTypesListItemCategoryType0",
    "ChainLoyaltyMembershipTypesListResponse",
    "ChainLoyaltyMembershipTypesReadResponse",
    "ChainLoyaltyMembershipTypesRestoreBody",
    "ChainLoyaltyMembershipTypesUpdateBody",
    "ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId",
    "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem",
    "ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId",
    "ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId",
    "ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId",
    "ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId",
    "ChainLoyaltyMembershipTypesUpdateResponse",
    "CheckMembershipsForEventData",
    "CheckMembershipsForEventDataData",
    "CheckMembershipsForEventDataDataAttributes",
    "Client",
    "ClientSchedule",
    "ClientStat",
    "Comment",
    "Company",
    "CompanyUser",
    "CompanyUserAccess",
    "CopyUserPermissionsToLocationsBody",
    "CopyUserPermissionsToLocationsBodyUserCompanyLinksItem",
    "CopyUserPermissionsToLocationsResponse",
    "CopyUserPermissionsToLocationsResponseDataType0",
    "CreateAppointmentBodyType0",
    "CreateAppointmentBodyType0ActivityId",
    "CreateAppointmentBodyType1",
    "CreateAppointmentResponse",
    "CreateBookingWidgetBody",
    "CreateBookingWidgetBodyButtonPosition",
    "CreateBookingWidgetBodyFormPosition",
    "CreateBookingWidgetResponse",
    "CreateChainLoyaltyCardTransactionBody",
    "CreateChainLoyaltyCardTransactionResponse",
    "CreateChainLoyaltyProgramBody",
    "CreateChainLoyaltyProgramBodyExpirationTimeoutUnit",
    "CreateChainLoyaltyProgramBodyGoodItemType",
    "CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate",
    "CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType",
    "CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate",
    "CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType",
    "CreateChainLoyaltyProgramBodyParamsSourceType",
    "CreateChainLoyaltyProgramBodyRulesItem",
    "CreateChainLoyaltyProgramBodyServiceItemType",
    "CreateChainLoyaltyProgramBodyType",
    "CreateChainLoyaltyProgramBodyValueUnit",
    "CreateChainLoyaltyProgramData",
    "CreateChainLoyaltyProgramDataExpirationTimeoutUnit",
    "CreateChainLoyaltyProgramDataGoodItemType",
    "CreateChainLoyaltyProgramDataLoyaltyCardTypesItem",
    "CreateChainLoyaltyProgramDataParamsSourceType",
    "CreateChainLoyaltyProgramDataServiceItemType",
    "CreateChainLoyaltyProgramDataType",
    "CreateChainLoyaltyProgramDataValueUnit",
    "CreateChainLoyaltyProgramInclude",
    "CreateClientAccountTopupOperationBody",
    "CreateClientAccountTopupOperationResponse",
    "CreateClientBody",
    "CreateClientBodyCategories",
    "CreateClientBodyCustomFields",
    "CreateClientCommentBody",
    "CreateClientCommentData",
    "CreateClientCommentDataFilesItem",
    "CreateClientCommentDataType",
    "CreateClientCommentDataUserType0",
    "CreateClientCommentResponse",
    "CreateCustomFieldBody",
    "CreateCustomFieldResponse",
    "CreateDocumentBody",
    "CreateDocumentCompany",
    "CreateDocumentCompanyPhonesItem",
    "CreateDocumentResponse",
    "CreateEventBody",
    "CreateEventDuplicationStrategyBody",
    "CreateEventDuplicationStrategyBodyDaysItem",
    "CreateEventResponse",
    "CreateFinancialTransactionBody",
    "CreateFinancialTransactionData",
    "CreateFinancialTransactionDataAccount",
    "CreateFinancialTransactionDataClient",
    "CreateFinancialTransactionDataExpense",
    "CreateFinancialTransactionDataMaster",
    "CreateFinancialTransactionDataSupplierItem",
    "CreateFinancialTransactionResponse",
    "CreateInventoryOperationBody",
    "CreateInventoryOperationBodyGoodsTransactionsItem",
    "CreateInventoryOperationResponse",
    "CreateLocationBody",
    "CreateLocationData",
    "CreateLocationResponse",
    "CreateLoyaltyCardTransactionBody",
    "CreateLoyaltyCardTransactionResponse",
    "CreatePaymentWithLoyaltyMethodsBodyType0",
    "CreatePaymentWithLoyaltyMethodsBodyType0Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType0PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType1",
    "CreatePaymentWithLoyaltyMethodsBodyType1Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType2",
    "CreatePaymentWithLoyaltyMethodsBodyType2Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType2PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType3",
    "CreatePaymentWithLoyaltyMethodsBodyType3Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType3PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType4",
    "CreatePaymentWithLoyaltyMethodsBodyType4Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType4PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType5",
    "CreatePaymentWithLoyaltyMethodsBodyType5Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType5PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType6",
    "CreatePaymentWithLoyaltyMethodsBodyType6Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsResponse",
    "CreatePositionQuickBody",
    "CreatePositionQuickResponse",
    "CreateProductBody",
    "CreateProductCategoryBody",
    "CreateProductCategoryData",
    "CreateProductCategoryResponse",
    "CreateProductData",
    "CreateProductDataActualAmountsItem",
    "CreateProductResponse",
    "CreateServiceBody",
    "CreateServiceBodyStaffItem",
    "CreateServiceCategoryBody",
    "CreateServiceCategoryData",
    "CreateServiceCategoryResponse",
    "CreateServiceData",
    "CreateServiceDataStaffItem",
    "CreateServiceResponse",
    "CreateTagResponse",
    "CreateTeamMemberQuickBody",
    "CreateTeamMemberQuickData",
    "CreateTeamMemberQuickDataPositionType0",
    "CreateTeamMemberQuickResponse",
    "CreateTimetableClientScheduleBody",
    "CreateTimetableClientScheduleResponse",
    "CreateTimetableEventScheduleBody",
    "CreateTimetableEventScheduleBodyDaysItem",
    "CreateTimetableEventScheduleBodyOriginalEntityType",
    "CreateTimetableEventScheduleIncludeItem",
    "CreateTimetableEventScheduleResponse",
    "CreateTimetableScheduleDayBody",
    "CreateTimetableScheduleDayBodyDayOfWeek",
    "CreateTimetableScheduleDayData",
    "CreateTimetableScheduleDayDataDayOfWeek",
    "CreateTimetableScheduleDayDataEventsMaster",
    "CreateTimetableScheduleDayDataEventsMasterPositionType0",
    "CreateTimetableScheduleDayIncludeItem",
    "CreateTimetableScheduleDayResponse",
    "CreateTransactionBody",
    "CreateTransactionResponse",
    "CreateUserInvitationBody",
    "CreateUserInvitationBodyInvitesItem",
    "CreateUserInvitationResponse",
    "Currency",
    "CustomField",
    "CustomFieldType",
    "Daily",
    "DailyPayrollDailyItem",
    "DailyPayrollDailyItemPayrollSum",
    "Day",
    "DayEventsMaster",
    "DeleteChainLoyaltyProgramInclude",
    "DeleteCustomFieldResponse",
    "DeleteImageBody",
    "DeleteLocationAccountPaymentResponse",
    "DeleteLoyaltyPaymentTransactionResponse",
    "DeleteTimetableClientScheduleResponse",
    "DeleteTimetableClientScheduleResponseDataType0",
    "DeleteTimetableEventScheduleResponse",
    "DeleteTimetableEventScheduleResponseDataType0",
    "DeleteTimetableScheduleDayResponse",
    "DeleteTimetableScheduleDayResponseDataType0",
    "DepositsOperation",
    "DepositsOperationDepositsTransactionsItem",
    "DepositsOperationDepositsTransactionsItemDeposit",
    "DepositsOperationDepositsTransactionsItemDepositType",
    "DepositsOperationDocument",
    "DepositsOperationDocumentSalon",
    "DepositsOperationDocumentType",
    "DepositsOperationPaymentTransactionsItem",
    "DepositsOperationPaymentTransactionsItemType",
    "DeprecatedCreateTeamMemberBody",
    "DeprecatedCreateTeamMemberResponse",
    "DeprecatedGetClientListItem",
    "DeprecatedGetClientListItemCategoriesItem",
    "DeprecatedGetClientListItemCustomFields",
    "DeprecatedGetClientListResponse",
    "DeprecatedGetLocationUsersResponse",
    "DeprecatedGetProductCategoryListResponse",
    "DeprecatedGetServiceCategoryListResponse",
    "DeprecatedGetServiceListByIdResponse",
    "DeprecatedUpdateServiceByIdBody",
    "DeprecatedUpdateServiceByIdBodyStaffItem",
    "DeprecatedUpdateServiceByIdResponse",
    "Detail",
    "DetailItemsItem",
    "DetailKkmTransactionDetailsContainer",
    "DetailKkmTransactionDetailsContainerTransactionsItem",
    "DetailLoyaltyTransactionsItem",
    "DetailLoyaltyTransactionsItemType",
    "DetailPaymentTransactionsItem",
    "DetailPaymentTransactionsItemAccount",
    "DetailPaymentTransactionsItemClient",
    "DetailPaymentTransactionsItemExpense",
    "DisableTeamMemberTipsResponse",
    "Document",
    "DocumentStorage",
    "DocumentType",
    "DuplicateEventBody",
    "DurationDetail",
    "EnableTeamMemberTipsResponse",
    "ErrorMeta",
    "ErrorMetaErrors",
    "ErrorResponse",
    "Event",
    "EventEntityMaster",
    "EventsLabel",
    "EventsResourceInstance",
    "File",
    "Filter",
    "FilterCode",
    "FilterDataItem",
    "FinanceTransaction",
    "FinanceTransactionAccount",
    "FinanceTransactionExpense",
    "FinanceTransactionMaster",
    "FinanceTransactionSupplier",
    "FullnessDaily",
    "GenerateCode",
    "GenerateLoyaltyCodeResponse",
    "GetAccountListResponse",
    "GetAppointmentCalendarSettingsResponse",
    "GetAppointmentConsumablesResponse",
    "GetAppointmentData",
    "GetAppointmentDataClientType0",
    "GetAppointmentDataComerPersonInfoType0",
    "GetAppointmentDataCustomFieldsType0",
    "GetAppointmentDataStaff",
    "GetAppointmentListResponse",
    "GetAppointmentResponse",
    "GetBillOfMaterialsListResponse",
    "GetBookingWidgetListResponse",
    "GetBookingWidgetResponse",
    "GetChainClientAccountHistoryResponse",
    "GetChainClientByPhoneNumberData",
    "GetChainClientByPhoneNumberDataClientsItem",
    "GetChainClientByPhoneNumberResponse",
    "GetChainListResponse",
    "GetChainLoyaltyProgramInclude",
    "GetChainLoyaltyTransactionListItem",
    "GetChainLoyaltyTransactionListItemType",
    "GetChainLoyaltyTransactionListResponse",
    "GetChainLoyaltyTransactionListTypesItem",
    "GetChainServiceCategoryListInclude",
    "GetChainServiceCategoryListItem",
    "GetChainServiceCategoryListItemServicesItem",
    "GetClientFileListResponse",
    "GetClientGiftCardsResponse",
    "GetClientGiftCardsType",
    "GetClientGiftCardsTypeItemType",
    "GetClientListBody",
    "GetClientListBodyFieldsItem",
    "GetClientListBodyFiltersItem",
    "GetClientListBodyFiltersItemState",
    "GetClientListBodyOperation",
    "GetClientListBodyOrderBy",
    "GetClientListBodyOrderByDirection",
    "GetClientListItem",
    "GetClientListResponse",
    "GetClientMembershipActivityHistoryItem",
    "GetClientMembershipActivityHistoryItemLoyaltyEntityChangesType0",
    "GetClientMembershipActivityHistoryItemOperationType",
    "GetClientMembershipActivityHistoryResponse",
    "GetClientMembershipsResponse",
    "GetClientMembershipsType",
    "GetClientMembershipsTypeBalanceContainer",
    "GetCommentsResponse",
    "GetCustomFieldListItem",
    "GetCustomFieldListResponse",
    "GetDayEndReportDataResponse",
    "GetDocumentFinancialTransactionsItem",
    "GetDocumentFinancialTransactionsItemAccount",
    "GetDocumentFinancialTransactionsItemExpense",
    "GetDocumentFinancialTransactionsItemMasterItem",
    "GetDocumentFinancialTransactionsItemSupplierItem",
    "GetDocumentFinancialTransactionsResponse",
    "GetDocumentProductTransactionsItem",
    "GetDocumentProductTransactionsResponse",
    "GetDocumentResponse",
    "GetEventDateRangeResponse",
    "GetEventResponse",
    "GetEventSearchFiltersResponse",
    "GetFinancialTransactionResponse",
    "GetFiscalTransactionListResponse",
    "GetGiftCardTypeListByIdItem",
    "GetGiftCardTypeListByIdResponse",
    "GetGiftCardTypeListResponse",
    "GetLocationAnalyticsOverallResponse",
    "GetLocationData",
    "GetLocationDataAccess",
    "GetLocationDataBookformsItem",
    "GetLocationDataGroups",
    "GetLocationDataGroupsAdditionalProperty",
    "GetLocationDataMainGroupType0",
    "GetLocationDataPaymentPolicy",
    "GetLocationDataPaymentPolicyType",
    "GetLocationDataSocial",
    "GetLocationInventoriesResponse",
    "GetLocationListIncludeItem",
    "GetLocationListItem",
    "GetLocationListItemBookingWidgetPromoType0",
    "GetLocationListResponse",
    "GetLocationLoyaltyProgramListItem",
    "GetLocationLoyaltyProgramListItemExpirationTimeoutUnit",
    "GetLocationLoyaltyProgramListItemGoodItemType",
    "GetLocationLoyaltyProgramListItemParamsSourceType",
    "GetLocationLoyaltyProgramListItemServiceItemType",
    "GetLocationLoyaltyProgramListItemType",
    "GetLocationLoyaltyProgramListItemValueUnit",
    "GetLocationLoyaltyProgramListResponse",
    "GetLocationLoyaltyProgramListType",
    "GetLocationNotificationSettingsResponse",
    "GetLocationResponse",
    "GetLocationUsersItem",
    "GetLocationUsersResponse",
    "GetLoyaltyCardTypeListForClientItem",
    "GetLoyaltyCardTypeListForClientItemSalonGroup",
    "GetLoyaltyProgramClientStatisticsResponse",
    "GetLoyaltyProgramRevenueStatisticsResponse",
    "GetLoyaltyProgramTeamMemberStatisticsItem",
    "GetLoyaltyProgramTeamMemberStatisticsItemStaff",
    "GetLoyaltyProgramTeamMemberStatisticsResponse",
    "GetLoyaltyTransactionsByVisitItem",
    "GetLoyaltyTransactionsByVisitItemProgram",
    "GetLoyaltyTransactionsByVisitItemType",
    "GetMembershipTypeListByIdItem",
    "GetMembershipTypeListByIdResponse",
    "GetMembershipTypeListResponse",
    "GetMessageStatusListBodyItem",
    "GetOnlineBookingSettingsResponse",
    "GetPermissionListData",
    "GetPermissionListDataClients",
    "GetPermissionListDataComers",
    "GetPermissionListDataDashboard",
    "GetPermissionListDataFinances",
    "GetPermissionListDataLoyalty",
    "GetPermissionListDataNotification",
    "GetPermissionListDataOnlineRecord",
    "GetPermissionListDataOther",
    "GetPermissionListDataRecordForm",
    "GetPermissionListDataReports",
    "GetPermissionListDataSecurity",
    "GetPermissionListDataSettings",
    "GetPermissionListDataStorages",
    "GetPermissionListDataTimetable",
    "GetPermissionListResponse",
    "GetPositionListResponse",
    "GetPositionListResponseDataType0ItemType0",
    "GetProductCategoryCompositionResponse",
    "GetProductCategoryListByIdsResponse",
    "GetProductCategoryListResponse",
    "GetProductResponse",
    "GetProductsListItem",
    "GetProductsListResponse",
    "GetResourceListResponse",
    "GetSaleTransactionResponse",
    "GetServiceCategoryListResponse",
    "GetServiceCategoryResponse",
    "GetServiceData",
    "GetServiceDataStaffItem",
    "GetServiceListItem",
    "GetServiceListResponse",
    "GetServiceResponse",
    "GetTagListByEntityEntity",
    "GetTagListByEntityItem",
    "GetTagListByEntityResponse",
    "GetTaxSystemListResponse",
    "GetTeamMemberByIdItem",
    "GetTeamMemberByIdItemImageGroupType0",
    "GetTeamMemberByIdItemPositionType0",
    "GetTeamMemberByIdResponse",
    "GetTeamMemberCalculationSchemesCountResponse",
    "GetTeamMemberData",
    "GetTeamMemberDataPositionType0",
    "GetTeamMemberListItem",
    "GetTeamMemberListItemImageGroupItem",
    "GetTeamMemberListItemPositionType0",
    "GetTeamMemberListItemUserItem",
    "GetTeamMemberListResponse",
    "GetTeamMemberPayrollCalculationResponse",
    "GetTeamMemberPayrollCalculationResponseDataType0",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItem",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemPaidType0",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemSalaryCalculationInfo",
    "GetTeamMemberPayrollCalculationResponseDataType0SalaryItemsItemSalaryDiscrepancyType0",
    "GetTeamMemberPayrollCalculationResponseDataType0Status",
    "GetTeamMemberResponse",
    "GetTeamMemberSalaryCalculationResponse",
    "GetTeamMemberSalaryPeriodResponse",
    "GetTeamMemberSalaryPeriodResponseDataType0",
    "GetTeamMemberSalarySchemesResponse",
    "GetTeamMemberScheduleData",
    "GetTeamMemberScheduleDataSlotsItem",
    "GetTeamMemberScheduleListIncludeItem",
    "GetTeamMemberScheduleListItem",
    "GetTeamMemberScheduleListItemBusyIntervalsItem",
    "GetTeamMemberScheduleListItemSlotsItem",
    "GetTeamMemberScheduleListResponse",
    "GetTeamMemberServiceBillOfMaterialsResponse",
    "GetTeamMemberTipSettingsResponse",
    "GetTeamMemberTipSettingsStaff",
    "GetTeamMemberTipSettingsStaffEmployee",
    "GetTeamMemberTipSettingsStaffPosition",
    "GetTeamMemberTipSettingsStaffUser",
    "GetTimeslotSettingsResponse",
    "GetTransactionResponse",
    "GetTransactionsByVisitOrAppointmentIdResponse",
    "GetTransactionsResponse",
    "GetUserGiftCardsResponse",
    "GetUserMembershipsResponse",
    "GetUserNotificationSettingsData",
    "GetUserNotificationSettingsDataMode",
    "GetUserNotificationSettingsDataNotificationTypesItem",
    "GetUserNotificationSettingsDataNotificationTypesItemChannels",
    "GetUserNotificationSettingsResponse",
    "GetUserPermissionsResponse",
    "GetUserRolesIncludeItem",
    "GetUserRolesResponse",
    "GetVisitData",
    "GetVisitDataRecordsItem",
    "GetVisitDataRecordsItemClient",
    "GetVisitDataRecordsItemStaff",
    "GetVisitDetailsResponse",
    "GetVisitResponse",
    "Good",
    "GoodActualAmountsItem",
    "GoodLoyaltyCertificateTypeType0",
    "GoodsCategory",
    "GoodsTransaction",
    "GoodsTransactionClientType0Item",
    "GoodsTransactionClientType1",
    "GoodsTransactionGoodsMarksItem",
    "GoodsTransactionMasterType0Item",
    "GoodsTransactionMasterType1",
    "GoodsTransactionSaleUnitType0",
    "GoodsTransactionServiceUnitType0",
    "GoodsTransactionStorage",
    "GoodsTransactionSupplierItem",
    "GoodsTransactionType",
    "Group",
    "GroupAccess",
    "GroupCompaniesItem",
    "HandleFiscalizationCallbackBody",
    "History",
    "HistoryDepositTransaction",
    "HistoryDepositTransactionType",
    "Image",
    "Income",
    "IncomeAverageServicesStat",
    "IncomeAverageServicesStatCurrency",
    "IncomeIncomeStats",
    "IncomeIncomeStatsByDayItem",
    "IncomeIncomeStatsNew",
    "IncomeIncomeStatsOld",
    "IncomeIncomeStatsTotal",
    "IssueLoyaltyCardBody",
    "Item",
    "KkmTransaction",
    "KkmTransactionCashier",
    "KkmTransactionDocument",
    "KkmTransactionStatus",
    "KkmTransactionType",
    "Label",
    "LeaveCommentBody",
    "LeaveCommentResponse",
    "License",
    "LicenseLicenseOption",
    "LicenseOptionsItem",
    "ListClientCommentsItem",
    "ListClientCommentsItemFilesItem",
    "ListClientCommentsItemType",
    "ListClientCommentsItemUserType0",
    "ListClientCommentsResponse",
    "ListRolesIncludeItem",
    "ListRolesResponse",
    "ListTimetableScheduleDayEventsItem",
    "ListTimetableScheduleDayEventsItemEntityLabelsItem",
    "ListTimetableScheduleDayEventsItemEntityMaster",
    "ListTimetableScheduleDayEventsItemEntityMasterPositionType0",
    "ListTimetableScheduleDayEventsItemEntityResourceInstancesItem",
    "ListTimetableScheduleDayEventsItemEventEntityType",
    "ListTimetableScheduleDayEventsItemEventStatus",
    "ListTimetableScheduleDayEventsResponse",
    "LoyaltyTransaction",
    "LoyaltyTransactionType",
    "ManualTransaction",
    "MetaInfo",
    "NotificationType",
    "NotificationTypeChannels",
    "OnChangedNotificationTemplate",
    "OnChangedNotificationTemplateMessageType",
    "OnChangedNotificationTemplateType",
    "Online",
    "Operation",
    "OperationDocument",
    "OperationDocumentCompany",
    "OperationDocumentStorage",
    "OperationDocumentType",
    "OperationTransactionsItem",
    "OperationTransactionsItemGood",
    "OperationTransactionsItemStorage",
    "OperationTransactionsItemType",
    "OperationTransactionsItemUnit",
    "Overall",
    "OverallClientStats",
    "OverallFullnessStats",
    "OverallRecordStats",
    "PatchServiceBody",
    "PatchServiceBodyStaffItem",
    "PatchServiceData",
    "PatchServiceDataDatesItem",
    "PatchServiceDataImageGroupItem",
    "PatchServiceDataResourcesItem",
    "PatchServiceDataStaffItem",
    "PatchServiceResponse",
    "PaymentMethod",
    "PaymentMethodAccount",
    "Permission",
    "PermissionUserPermissionsItem",
    "PermissionUserRole",
    "PrintDocumentBill",
    "PrintDocumentBillBillJsonItem",
    "PrintDocumentBillKkmTransactionsItem",
    "PrintDocumentBillKkmTransactionsItemCashier",
    "PrintDocumentBillKkmTransactionsItemDocument",
    "PrintDocumentBillKkmTransactionsItemStatus",
    "PrintDocumentBillKkmTransactionsItemType",
    "PrintFiscalReceiptBody",
    "PrintFiscalReceiptResponse",
    "Program",
    "ProgramLoyaltyType",
    "Quick",
    "QuickServicesBindingType",
    "Record",
    "RecordClientType0",
    "RecordConsumable",
    "RecordConsumableConsumablesItem",
    "RecordConsumableTechnologicalCardsItem",
    "RecordCustomFieldsType0",
    "RecordSource",
    "RecordStaff",
    "RemoveServiceFromTeamMemberResponse",
    "RemoveServiceFromTeamMemberResponseDataType0",
    "RemoveUserFromLocationsBody",
    "RemoveUserFromLocationsBodyUserCompanyLinksItem",
    "RemoveUserFromLocationsResponse",
    "RemoveUserFromLocationsResponseDataType0",
    "Resource",
    "ResourceInstance",
    "ResourceInstancesItem",
    "Role",
    "RoleSlug",
    "RoleUserPermissionsType0Item",
    "Rule",
    "SalaryScheme",
    "SalarySchemeSalaryScheme",
    "SalarySchemesCount",
    "Sale",
    "SaleKkmState",
    "SaleKkmStateTransactionsItem",
    "Schedule",
    "ScheduleOriginalEntityType",
    "ScheduleTeamMemberUpdateDeprecatedBodyItem",
    "ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem",
    "Seance",
    "SearchClientVisitsBody",
    "SearchClientVisitsBodyAttendanceType0",
    "SearchClientVisitsBodyPaymentStatusesItem",
    "SearchClientVisitsData",
    "SearchClientVisitsDataGoodsTransactionsItem",
    "SearchClientVisitsDataGoodsTransactionsItemCompany",
    "SearchClientVisitsDataGoodsTransactionsItemStaff",
    "SearchClientVisitsDataRecordsItem",
    "SearchClientVisitsDataRecordsItemComer",
    "SearchClientVisitsDataRecordsItemCompany",
    "SearchClientVisitsDataRecordsItemStaff",
    "SearchClientVisitsDataRecordsItemTips",
    "SearchClientVisitsResponse",
    "SearchDatesRange",
    "SearchEventServicesItem",
    "SearchEventServicesItemCategory",
    "SearchEventServicesItemResourcesItem",
    "SearchEventServicesItemStaffItem",
    "SearchEventServicesResponse",
    "SearchEventsItem",
    "SearchEventsItemLabelsItem",
    "SearchEventsItemResourceInstancesItem",
    "SearchEventsItemService",
    "SearchEventsItemServiceCategory",
    "SearchEventsItemStaff",
    "SearchEventsItemStaffPosition",
    "SearchEventsResponse",
    "SearchForProductTransactionsItem",
    "SearchForProductTransactionsItemGood",
    "SearchForProductTransactionsItemMaster",
    "SearchForProductTransactionsItemService",
    "SearchForProductTransactionsItemStorage",
    "SearchForProductTransactionsItemSupplier",
    "SearchForProductTransactionsItemUnit",
    "SearchForProductTransactionsResponse",
    "SearchMembershipsForEventData",
    "SearchMembershipsForEventDataDataItem",
    "SearchMembershipsForEventDataDataItemAttributes",
    "SearchMembershipsForEventDataDataItemRelationships",
    "SearchMembershipsForEventDataIncludedItem",
    "SearchProductItem",
    "SearchProductResponse",
    "SearchTeamMemberCalculationDailySalaryResponse",
    "SearchTeamMemberCalculationSalaryData",
    "SearchTeamMemberCalculationSalaryResponse",
    "SearchTeamMemberPayrollCalculationItem",
    "SearchTeamMemberPayrollCalculationItemCurrency",
    "SearchTeamMemberPayrollCalculationResponse",
    "SearchTeamMemberPeriodDailySalaryData",
    "SearchTeamMemberPeriodDailySalaryDataPeriodCalculationDailyItem",
    "SearchTeamMemberPeriodDailySalaryDataPeriodCalculationDailyItemPeriodCalculation",
    "SearchTeamMemberPeriodDailySalaryResponse",
    "SearchTeamMemberPeriodSalaryResponse",
    "SearchTimetableEventSchedulesByEventEntityType",
    "SearchTimetableEventSchedulesByEventIncludeItem",
    "SearchTimetableEventSchedulesByEventResponse",
    "SendEmailCampaignToFilteredClientsBody",
    "SendEmailCampaignToFilteredClientsResponse",
    "SendEmailNewsletterToClientsBody",
    "SendEmailNewsletterToClientsResponse",
    "SendSmsCampaignToFilteredClientsBody",
    "SendSmsCampaignToFilteredClientsResponse",
    "SendSmsToClientsBody",
    "SendSmsToClientsResponse",
    "Service",
    "ServiceCategory",
    "SetBalance",
    "SetBalanceBalanceContainer",
    "SetPeriod",
    "SetTeamMemberScheduleBody",
    "SetTeamMemberScheduleBodySchedulesToDeleteItem",
    "SetTeamMemberScheduleBodySchedulesToSetItem",
    "SetTeamMemberScheduleItem",
    "SetTeamMemberScheduleItemSlotsItem",
    "SetTeamMemberScheduleResponse",
    "Setting",
    "Staff",
    "State",
    "StateItemsItem",
    "StateLoyaltyTransactionsItem",
    "StatePaymentTransactionsItem",
    "Status",
    "Storage",
    "TaxSystem",
    "TaxSystemVatsItem",
    "TechnologicalCard",
    "TechnologicalCardTechnologicalCardItemsItem",
    "Timeslot",
    "TimeslotDatesSettingsItem",
    "TimeslotDatesSettingsItemSetting",
    "TimeslotWeekdaysSettingsItem",
    "TimeslotWeekdaysSettingsItemSetting",
    "Timetable",
    "TotalSum",
    "Type",
    "Unit",
    "UnlinkAppointmentServiceAssociationBody",
    "UnlinkAppointmentServiceAssociationResponse",
    "UpdateAppointmentAttendanceBody",
    "UpdateAppointmentAttendanceBodyAttendance",
    "UpdateAppointmentAttendanceResponse",
    "UpdateAppointmentBodyType0",
    "UpdateAppointmentBodyType0ActivityId",
    "UpdateAppointmentBodyType1",
    "UpdateAppointmentCalendarSettingsBody",
    "UpdateAppointmentCalendarSettingsResponse",
    "UpdateAppointmentData",
    "UpdateAppointmentDataClient",
    "UpdateAppointmentDataDocumentsItem",
    "UpdateAppointmentDataServicesItem",
    "UpdateAppointmentDataStaff",
    "UpdateAppointmentResponse",
    "UpdateAppointmentServiceConsumablesBody",
    "UpdateAppointmentServiceConsumablesBodyConsumablesItem",
    "UpdateAppointmentServiceConsumablesResponse",
    "UpdateBookingWidgetBody",
    "UpdateBookingWidgetBodyButtonPosition",
    "UpdateBookingWidgetBodyFormPosition",
    "UpdateBookingWidgetResponse",
    "UpdateChainLoyaltyProgramBody",
    "UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit",
    "UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate",
    "UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType",
    "UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate",
    "UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType",
    "UpdateChainLoyaltyProgramBodyRulesItem",
    "UpdateChainLoyaltyProgramInclude",
    "UpdateClientBody",
    "UpdateClientBodyCustomFields",
    "UpdateClientBodyLabels",
    "UpdateCustomFieldBody",
    "UpdateCustomFieldResponse",
    "UpdateDocumentBody",
    "UpdateDocumentResponse",
    "UpdateEventBody",
    "UpdateEventDuplicationStrategyBody",
    "UpdateEventDuplicationStrategyBodyDaysItem",
    "UpdateEventResponse",
    "UpdateFinancialTransactionBody",
    "UpdateFinancialTransactionResponse",
    "UpdateLocationBody",
    "UpdateLocationBodySocial",
    "UpdateLocationData",
    "UpdateLocationDataAccess",
    "UpdateLocationDataMainGroupType0",
    "UpdateLocationDataSocial",
    "UpdateLocationResponse",
    "UpdateOnlineBookingSettingsBody",
    "UpdateOnlineBookingSettingsResponse",
    "UpdateProductBody",
    "UpdateProductBodyCorrectionRulesItem",
    "UpdateProductCategoryBody",
    "UpdateProductCategoryResponse",
    "UpdateProductResponse",
    "UpdateServiceCategoryBody",
    "UpdateServiceCategoryResponse",
    "UpdateServiceLinksBody",
    "UpdateServiceLinksBodyTeamMemberSettingsItem",
    "UpdateServiceLinksBodyTranslationsItem",
    "UpdateServiceLinksResponse",
    "UpdateServiceLinksResponseDataType0",
    "UpdateServiceTeamMemberAssignmentBody",
    "UpdateServiceTeamMemberAssignmentResponse",
    "UpdateTagByTagIdBody",
    "UpdateTeamMemberBody",
    "UpdateTeamMemberResponse",
    "UpdateTeamMemberScheduleBody",
    "UpdateTeamMemberScheduleBodySlots",
    "UpdateTimetableClientScheduleBody",
    "UpdateTimetableClientScheduleResponse",
    "UpdateTimetableEventScheduleBody",
    "UpdateTimetableEventScheduleResponse",
    "UpdateTimetableScheduleDayBody",
    "UpdateTimetableScheduleDayIncludeItem",
    "UpdateTimetableScheduleDayResponse",
    "UpdateTransactionBody",
    "UpdateTransactionResponse",
    "UpdateUserNotificationSettingsBody",
    "UpdateUserNotificationSettingsBodyNotificationTypesItem",
    "UpdateUserNotificationSettingsBodyNotificationTypesItemChannels",
    "UpdateUserNotificationSettingsResponse",
    "UpdateUserPermissionsBody",
    "UpdateUserPermissionsBodyUserPermissionsItem",
    "UpdateUserPermissionsBodyUserRole",
    "UpdateUserPermissionsResponse",
    "UpdateVisitBody",
    "UpdateVisitBodyDeletedTransactionIdsItem",
    "UpdateVisitBodyGoodsTransactionsItem",
    "UpdateVisitBodyNewTransactionsItem",
    "UpdateVisitBodyServicesItem",
    "UploadClientFileBody",
    "UploadClientFileResponse",
    "UploadImageBody",
    "UploadImageData",
    "UploadImageDataImageGroup",
    "UploadImageDataImageGroupImageGroup",
    "User",
    "Visit",
    "VisitClientStats",
    "VisitVisitsStatsByDayItem",
    "ZReport",
    "ZReportPaids",
    "ZReportPaidsAccountsItem",
    "ZReportPaidsDiscountItem",
    "ZReportPaidsTotal",
    "ZReportStats",
    "ZReportZData",
    "ZReportZData1481101200Item",
)
